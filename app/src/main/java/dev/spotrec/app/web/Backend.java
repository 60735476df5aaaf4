package dev.spotrec.app.web;

import dev.spotrec.app.service.RecommendationService;
import dev.spotrec.warehouse.Warehouse;

/**
 * What the web app recommends from and records into.
 *
 * @param warehouse the warehouse of the experiment's answers, or {@code null}
 * @param service the recommendations, or {@code null} (pages that need them answer 503)
 */
record Backend(Warehouse warehouse, RecommendationService service) {

    /** {@return the service} @throws WebException 503 when the server has none */
    RecommendationService requireService() {
        if (service == null) {
            throw new WebException(
                    503, "This server has no trained model; start it with --model DIR.");
        }
        return service;
    }

    /** Collects the parts. */
    static final class Builder {
        private Warehouse warehouse;
        private RecommendationService service;

        void warehouse(Warehouse w) {
            this.warehouse = w;
        }

        void service(RecommendationService s) {
            this.service = s;
        }

        Backend build() {
            return new Backend(warehouse, service);
        }
    }
}
