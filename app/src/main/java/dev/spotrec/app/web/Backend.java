package dev.spotrec.app.web;

import dev.spotrec.warehouse.Warehouse;

/**
 * What the web app recommends from and records into.
 *
 * @param warehouse the warehouse of the experiment's answers, or {@code null}
 */
record Backend(Warehouse warehouse) {

    /** Collects the parts. */
    static final class Builder {
        private Warehouse warehouse;

        void warehouse(Warehouse w) {
            this.warehouse = w;
        }

        Backend build() {
            return new Backend(warehouse);
        }
    }
}
