package org.selving.workshop;

import java.util.Locale;

import io.nayuki.qrcodegen.QrCode;

/**
 * QR codes drawn as inline SVG on the server (Nayuki's encoder), so that phones in the room can open
 * the join address by pointing their camera at the screen. Black on white with the standard four
 * modules of quiet zone, medium error correction (a projector is not always sharp).
 */
final class QrCodes {

    private static final int BORDER = 4;

    private QrCodes() {
    }

    /** An SVG of the text's QR code, named for screen readers by {@code label}. */
    static String svg(String text, String label) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * BORDER;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append(String.format(Locale.ROOT, "M%d,%dh1v1h-1z", x + BORDER, y + BORDER));
                }
            }
        }
        String name = label.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return String.format(Locale.ROOT, "<svg class=\"qr-code\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\""
                + " xmlns=\"http://www.w3.org/2000/svg\" shape-rendering=\"crispEdges\"><title>%s</title>"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"#ffffff\"/><path d=\"%s\" fill=\"#000000\"/></svg>",
                size, size, name, name, path);
    }
}
