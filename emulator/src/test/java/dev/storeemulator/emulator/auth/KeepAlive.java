package dev.storeemulator.emulator.auth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Several requests, one after the other, on ONE kept-alive connection; answers the status of each. */
final class KeepAlive {
    private KeepAlive() {}

    /** Each request is {@code "METHOD /path"} followed by header lines {@code "Name: value"}. */
    static List<Integer> statuses(int port, List<List<String>> requests) throws IOException {
        List<Integer> out = new ArrayList<>();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            OutputStream os = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (List<String> request : requests) {
                StringBuilder text = new StringBuilder(request.get(0)).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
                request.subList(1, request.size()).forEach(h -> text.append(h).append("\r\n"));
                os.write(text.append("Content-Length: 0\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
                os.flush();
                out.add(readResponse(in));
            }
        }
        return out;
    }

    private static int readResponse(InputStream in) throws IOException {
        String status = line(in);
        int length = 0;
        boolean chunked = false;
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(h.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (int size = Integer.parseInt(line(in).trim(), 16);
                    size > 0;
                    size = Integer.parseInt(line(in).trim(), 16)) {
                in.readNBytes(size + 2);
            }
            line(in);
        } else {
            in.readNBytes(length);
        }
        return Integer.parseInt(status.split(" ")[1]);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }
}
