package dev.spotrec.emulator.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/** Low-level connection effects on Jetty: a TCP reset, or a close in the middle of a body. */
final class Connections {
    private Connections() {}

    /** Closes the connection; with {@code reset}, with SO_LINGER 0 so the peer gets an RST. */
    static void abort(HttpServletRequest request, boolean reset) {
        ServletContextRequest scr = ServletContextRequest.getServletContextRequest(request);
        EndPoint endPoint = scr.getConnectionMetaData().getConnection().getEndPoint();
        if (reset && endPoint.getTransport() instanceof SocketChannel channel) {
            try {
                channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            } catch (IOException e) {
                // The close below still ends the connection, only without the RST.
            }
        }
        endPoint.close();
    }
}
