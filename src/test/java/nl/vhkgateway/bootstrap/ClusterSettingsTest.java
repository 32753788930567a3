package nl.vhkgateway.bootstrap;

import nl.vhkgateway.infrastructure.config.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterSettingsTest {

    @Test
    void aSingleInstanceNeedsNoKeys() {
        ClusterSettings settings = ClusterSettings.read(key -> Optional.empty());
        assertEquals(Duration.ofSeconds(15), settings.lease());
        assertTrue(settings.instanceId().endsWith("-" + ProcessHandle.current().pid()), settings.instanceId());
    }

    @Test
    void theKeysAreRead() {
        Map<String, String> values = Map.of("vhk.cluster.instance-id", "gw1", "vhk.cluster.lease-seconds", "10");
        ClusterSettings settings = ClusterSettings.read(key -> Optional.ofNullable(values.get(key)));
        assertEquals("gw1", settings.instanceId());
        assertEquals(Duration.ofSeconds(10), settings.lease());
    }

    @Test
    void wrongValuesStopTheStartWithEveryProblemNamed() {
        Map<String, String> values = Map.of("vhk.cluster.instance-id", "gw 1", "vhk.cluster.lease-seconds", "120");
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> ClusterSettings.read(key -> Optional.ofNullable(values.get(key))));
        assertTrue(e.getMessage().contains("VHK_CLUSTER_INSTANCE_ID"), e.getMessage());
        assertTrue(e.getMessage().contains("VHK_CLUSTER_LEASE_SECONDS"), e.getMessage());
    }
}
