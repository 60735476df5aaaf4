/** Music domain records, the synthetic world generator, and dataset readers and writers. */
module dev.spotrec.datasets {
    requires tools.jackson.core;

    exports dev.spotrec.datasets;
}
