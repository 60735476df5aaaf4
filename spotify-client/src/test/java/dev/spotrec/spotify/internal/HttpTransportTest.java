package dev.spotrec.spotify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.UnresolvedAddressException;
import org.junit.jupiter.api.Test;

class HttpTransportTest {

    @Test
    void describesAFailureByTypeAndTheFirstMessageAlongItsCauses() {
        assertThat(HttpTransport.describe(new ConnectException("Connection refused")))
                .isEqualTo("ConnectException: Connection refused");
        IOException wrapped = new ConnectException();
        wrapped.initCause(new IOException("Connection refused"));
        assertThat(HttpTransport.describe(wrapped))
                .isEqualTo("ConnectException: Connection refused");
    }

    @Test
    void saysNoNullWhenNothingHasAMessage() {
        IOException e = new ConnectException();
        e.initCause(new UnresolvedAddressException());
        assertThat(HttpTransport.describe(e)).isEqualTo("ConnectException");
    }
}
