package dev.storeemulator.emulator.faults;

import io.javalin.http.Context;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import org.eclipse.jetty.ee10.servlet.ServletApiResponse;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SelectableChannelEndPoint;

/** Ends a call's connection without an HTTP answer: a TCP reset, or a plain close. */
final class Sockets {
    private Sockets() {}

    /** Closes with SO_LINGER 0, so the client sees "connection reset by peer". */
    static void reset(Context ctx) {
        EndPoint endPoint = endPoint(ctx);
        if (endPoint instanceof SelectableChannelEndPoint selectable
                && selectable.getChannel() instanceof SocketChannel channel) {
            try {
                channel.setOption(StandardSocketOptions.SO_LINGER, 0);
                channel.close();
            } catch (IOException e) {
                endPoint.close();
            }
            endPoint.close();
        } else {
            endPoint.close();
        }
    }

    /** Closes the connection cleanly (FIN) with nothing written: an empty answer. */
    static void close(Context ctx) {
        endPoint(ctx).close();
    }

    private static EndPoint endPoint(Context ctx) {
        ServletResponse response = ctx.res();
        while (response instanceof HttpServletResponseWrapper wrapper) {
            response = wrapper.getResponse();
        }
        if (!(response instanceof ServletApiResponse api)) {
            throw new IllegalStateException("not a Jetty response: " + response.getClass());
        }
        return api.getResponse()
                .getRequest()
                .getConnectionMetaData()
                .getConnection()
                .getEndPoint();
    }
}
