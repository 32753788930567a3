#!/usr/bin/env bash
# A 3-node MariaDB Galera cluster on loopback, for trying the cluster layout on one machine and for the release
# check (deploy/cluster/README.md). Not for production: no TLS, root without password, all nodes on one host.
#
#   galera-loopback.sh init          create the three data directories (mysql-owned) and my.cnf files
#   galera-loopback.sh start         bootstrap node 1 (--wsrep-new-cluster), then join nodes 2 and 3
#   galera-loopback.sh start-node N  start (or rejoin) node N into the running cluster
#   galera-loopback.sh kill N        SIGKILL node N (the failover test)
#   galera-loopback.sh status        per node: running?, wsrep state, cluster size
#   galera-loopback.sh stop          stop all nodes (SIGTERM, waits)
#   galera-loopback.sh url           the JDBC URL the gateway uses (sequential failover over the three nodes)
#
# Settings (environment): GALERA_DIR (/work/db/galera), GALERA_PORTS ("4401 4402 4403"), GALERA_BASE_GCOMM (44560:
# node N listens for group communication on base+N, IST on base+10+N, SST on base+20+N).
set -euo pipefail

DIR=${GALERA_DIR:-/work/db/galera}
read -r -a PORTS <<< "${GALERA_PORTS:-4401 4402 4403}"
BASE=${GALERA_BASE_GCOMM:-44560}
PROVIDER=${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}
N=${#PORTS[@]}

gcomm_port() { echo $((BASE + $1)); }
ist_port() { echo $((BASE + 10 + $1)); }
sst_port() { echo $((BASE + 20 + $1)); }
node_dir() { echo "$DIR/node$1"; }
cluster_address() {
  local list="" i
  for i in $(seq 1 "$N"); do list="$list${list:+,}127.0.0.1:$(gcomm_port "$i")"; done
  echo "gcomm://$list"
}

write_cnf() {
  local i=$1 d; d=$(node_dir "$i")
  cat > "$d/my.cnf" <<CNF
[mariadbd]
datadir=$d/data
socket=$d/mysqld.sock
pid-file=$d/mysqld.pid
log-error=$d/error.log
port=${PORTS[$((i-1))]}
bind-address=127.0.0.1
user=mysql
skip-name-resolve=0
innodb_buffer_pool_size=64M
innodb_log_file_size=32M
# Galera's requirements
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_flush_log_at_trx_commit=2
wsrep_on=ON
wsrep_provider=$PROVIDER
wsrep_cluster_name=vhk-loopback
wsrep_cluster_address=$(cluster_address)
wsrep_node_name=node$i
wsrep_node_address=127.0.0.1:$(gcomm_port "$i")
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$(gcomm_port "$i");ist.recv_addr=127.0.0.1:$(ist_port "$i");gcache.size=128M"
wsrep_sst_receive_address=127.0.0.1:$(sst_port "$i")
wsrep_sst_method=rsync
# reads that must see the latest write (the gateway reads its own writes on one node: sequential URL)
wsrep_sync_wait=0
# trigger creation with binary logging
log_bin_trust_function_creators=1
CNF
}

init() {
  mkdir -p "$DIR"
  chown mysql:mysql "$DIR"
  for i in $(seq 1 "$N"); do
    local d; d=$(node_dir "$i")
    if [ -d "$d/data/mysql" ]; then echo "node$i: already initialised ($d)"; write_cnf "$i"; continue; fi
    mkdir -p "$d/data"
    write_cnf "$i"
    chown -R mysql:mysql "$d"
    mariadb-install-db --no-defaults --datadir="$d/data" --user=mysql --auth-root-authentication-method=normal \
      --skip-test-db > "$d/install.log" 2>&1
    chown -R mysql:mysql "$d"
    echo "node$i: initialised in $d (port ${PORTS[$((i-1))]})"
  done
}

running() { local p; p=$(node_dir "$1")/mysqld.pid; [ -f "$p" ] && kill -0 "$(cat "$p")" 2>/dev/null; }

query() { mariadb --protocol=tcp -h127.0.0.1 -P"${PORTS[$(($1-1))]}" -uroot -N -B -e "$2" 2>/dev/null; }

wait_synced() {
  local i=$1 t=0
  while [ $t -lt 300 ]; do
    if [ "$(query "$i" "SHOW STATUS LIKE 'wsrep_local_state_comment'" | cut -f2)" = "Synced" ]; then return 0; fi
    sleep 1; t=$((t+1))
  done
  echo "node$i did not reach Synced within 300 s; see $(node_dir "$i")/error.log" >&2
  return 1
}

start_node() {
  local i=$1 extra=${2:-}
  if running "$i"; then echo "node$i: running"; return 0; fi
  local d; d=$(node_dir "$i")
  # a node killed with SIGKILL must not bootstrap from its own state: it joins and catches up (IST or SST)
  nohup mariadbd --defaults-file="$d/my.cnf" $extra > "$d/stdout.log" 2>&1 &
  wait_synced "$i"
  echo "node$i: Synced on port ${PORTS[$((i-1))]} (cluster size $(query "$i" "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2))"
}

start() {
  [ -d "$(node_dir 1)/data/mysql" ] || init
  local any=0 i
  for i in $(seq 1 "$N"); do if running "$i"; then any=1; fi; done
  if [ $any = 0 ]; then
    sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$(node_dir 1)/data/grastate.dat" 2>/dev/null || true
    start_node 1 --wsrep-new-cluster
  fi
  for i in $(seq 1 "$N"); do start_node "$i"; done
}

stop() {
  local i
  for i in $(seq "$N" -1 1); do
    if running "$i"; then
      local pid; pid=$(cat "$(node_dir "$i")/mysqld.pid")
      kill "$pid"
      while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
      echo "node$i: stopped"
    fi
  done
}

kill_node() {
  local i=$1
  if running "$i"; then
    local pid; pid=$(cat "$(node_dir "$i")/mysqld.pid")
    kill -9 "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    echo "node$i: killed (SIGKILL)"
  else
    echo "node$i: not running"
  fi
}

status() {
  local i
  for i in $(seq 1 "$N"); do
    if running "$i"; then
      echo "node$i port ${PORTS[$((i-1))]}: $(query "$i" "SHOW STATUS LIKE 'wsrep_local_state_comment'" | cut -f2), cluster size $(query "$i" "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2), last committed $(query "$i" "SHOW STATUS LIKE 'wsrep_last_committed'" | cut -f2)"
    else
      echo "node$i port ${PORTS[$((i-1))]}: down"
    fi
  done
}

url() {
  local list="" p
  for p in "${PORTS[@]}"; do list="$list${list:+,}127.0.0.1:$p"; done
  echo "jdbc:mariadb:sequential://$list/"
}

case "${1:-}" in
  init) init ;;
  start) start ;;
  start-node) start_node "${2:?node number}" ;;
  kill) kill_node "${2:?node number}" ;;
  stop) stop ;;
  status) status ;;
  url) url ;;
  *) sed -n '2,14p' "$0"; exit 64 ;;
esac
