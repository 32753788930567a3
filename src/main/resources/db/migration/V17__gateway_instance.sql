-- Issue 12: the gateway instances of a cluster, for the cluster view in /api/health. Each instance writes its row
-- on every round of its leader leases (every fifth of the lease); one not seen for a while has stopped. Not used
-- for leadership itself (that is leader_lease, V16).
CREATE TABLE gateway_instance (
    instance_id   VARCHAR(128) NOT NULL COMMENT 'vhk.cluster.instance-id',
    started_at    DATETIME(6)  NOT NULL COMMENT 'first seen (UTC)',
    last_seen_at  DATETIME(6)  NOT NULL COMMENT 'last round of its leases (UTC, the database clock)',
    database_node VARCHAR(160) NOT NULL COMMENT 'the database node its connections reach (host:port)',
    PRIMARY KEY (instance_id),
    KEY idx_gateway_instance_seen (last_seen_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
