package rongcloud.gateway.infra.quota;

import jakarta.enterprise.context.ApplicationScoped;
import rongcloud.gateway.adapter.out.rest.UpstreamSettlement;
import rongcloud.gateway.application.quota.SlidingLogQuotaGate;

/** A request to RongCloud ended: its grant counts from now on if it ended later than the safety margin allows. */
@ApplicationScoped
public class QuotaUpstreamSettlement implements UpstreamSettlement {
    private final SlidingLogQuotaGate gate;

    public QuotaUpstreamSettlement(SlidingLogQuotaGate gate) {
        this.gate = gate;
    }

    @Override
    public void requestEnded() {
        gate.settle();
    }
}
