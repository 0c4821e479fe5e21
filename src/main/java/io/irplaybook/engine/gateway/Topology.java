package io.irplaybook.engine.gateway;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.BrokerInfo;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.Partition;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.TopologyResponse;

/** A one-broker, one-partition cluster: what the embedded engine honestly is. */
public final class Topology {

  /** The Zeebe version whose gateway API this engine serves. */
  public static final String GATEWAY_VERSION = "8.8.14";

  private final String host;
  private volatile int port;

  public Topology(String host) {
    this.host = host;
  }

  public void setPort(int port) {
    this.port = port;
  }

  TopologyResponse response() {
    return TopologyResponse.newBuilder()
        .setClusterSize(1)
        .setPartitionsCount(1)
        .setReplicationFactor(1)
        .setGatewayVersion(GATEWAY_VERSION)
        .addBrokers(
            BrokerInfo.newBuilder()
                .setNodeId(0)
                .setHost(host)
                .setPort(port)
                .setVersion(GATEWAY_VERSION)
                .addPartitions(
                    Partition.newBuilder()
                        .setPartitionId(1)
                        .setRole(Partition.PartitionBrokerRole.LEADER)
                        .setHealth(Partition.PartitionBrokerHealth.HEALTHY)))
        .build();
  }
}
