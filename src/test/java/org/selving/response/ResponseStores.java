package org.selving.response;

import io.agroal.api.AgroalDataSource;

/** A {@link ResponseStore} outside the application, over a data source of one's own (for benchmarks). */
public final class ResponseStores {

    private ResponseStores() {
    }

    public static ResponseStore over(AgroalDataSource dataSource) {
        ResponseStore store = new ResponseStore();
        store.dataSource = dataSource;
        return store;
    }
}
