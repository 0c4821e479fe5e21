package io.irplaybook.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.BrokerInfo;
import io.camunda.client.api.response.PartitionBrokerHealth;
import io.camunda.client.api.response.PartitionBrokerRole;
import io.camunda.client.api.response.PartitionInfo;
import io.camunda.client.api.response.Topology;
import io.irplaybook.engine.testing.EngineHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Topology: the embedded engine is one healthy broker leading one partition, never a cluster. */
class TopologyTest {

  @RegisterExtension final EngineHarness engine = new EngineHarness();

  @Test
  void shouldReportASingleBrokerWithOnePartitionAndNoReplication() {
    // when
    Topology topology = engine.client().newTopologyRequest().send().join();

    // then
    assertThat(topology.getClusterSize()).isEqualTo(1);
    assertThat(topology.getPartitionsCount()).isEqualTo(1);
    assertThat(topology.getReplicationFactor()).isEqualTo(1);
    assertThat(topology.getBrokers()).hasSize(1);
  }

  @Test
  void shouldReportTheBrokerAsHealthyLeaderOfPartitionOne() {
    // when
    Topology topology = engine.client().newTopologyRequest().send().join();

    // then
    BrokerInfo broker = topology.getBrokers().get(0);
    assertThat(broker.getHost()).isNotBlank();
    assertThat(broker.getPartitions()).hasSize(1);
    PartitionInfo partition = broker.getPartitions().get(0);
    assertThat(partition.getPartitionId()).isEqualTo(1);
    assertThat(partition.isLeader()).isTrue();
    assertThat(partition.getRole()).isEqualTo(PartitionBrokerRole.LEADER);
    assertThat(partition.getHealth()).isEqualTo(PartitionBrokerHealth.HEALTHY);
  }

  @Test
  void shouldReportAGatewayVersion() {
    // when
    Topology topology = engine.client().newTopologyRequest().send().join();

    // then
    assertThat(topology.getGatewayVersion()).isNotBlank();
    assertThat(topology.getBrokers().get(0).getVersion()).isNotBlank();
  }
}
