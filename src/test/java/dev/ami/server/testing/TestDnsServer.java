package dev.ami.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A DNS server on loopback (UDP) that knows one name: its A records are the given IPv4 addresses,
 * every other name or type gets an empty answer with NXDOMAIN or no data. Enough for JGroups'
 * DNS_PING (JNDI's DNS provider) to find cluster members as it would find a headless Service's
 * pods. Counts the queries for its name. Thread-safe; close it to stop.
 */
public final class TestDnsServer implements AutoCloseable {

    private static final int TYPE_A = 1;
    private static final int CLASS_IN = 1;

    private final DatagramSocket socket;
    private final String name;
    private final List<InetAddress> addresses;
    private final AtomicInteger queries = new AtomicInteger();
    private final Thread thread;

    public TestDnsServer(String name, List<InetAddress> addresses) throws SocketException {
        this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        this.name = normalize(name);
        this.addresses = List.copyOf(addresses);
        this.thread = new Thread(this::serve, "test-dns");
        thread.setDaemon(true);
        thread.start();
    }

    /** {@code 127.0.0.1:port}, the form of {@code ami.cluster.dns-server}. */
    public String address() {
        return socket.getLocalAddress().getHostAddress() + ":" + socket.getLocalPort();
    }

    /** Queries for the known name so far (any type). */
    public int queries() {
        return queries.get();
    }

    private void serve() {
        byte[] buffer = new byte[512];
        while (!socket.isClosed()) {
            DatagramPacket in = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(in);
                byte[] reply = answer(ByteBuffer.wrap(in.getData(), 0, in.getLength()));
                if (reply != null) {
                    socket.send(new DatagramPacket(reply, reply.length, in.getSocketAddress()));
                }
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    throw new IllegalStateException("test DNS server failed", e);
                }
            }
        }
    }

    /** One query (header, one question) → its reply; null for what is not a query. */
    private byte[] answer(ByteBuffer q) {
        if (q.remaining() < 12) {
            return null;
        }
        short id = q.getShort();
        short flags = q.getShort();
        int questions = Short.toUnsignedInt(q.getShort());
        q.position(12);
        if ((flags & 0x8000) != 0 || questions != 1) {
            return null;
        }
        int questionStart = q.position();
        StringBuilder qname = new StringBuilder();
        for (int len = Byte.toUnsignedInt(q.get()); len > 0; len = Byte.toUnsignedInt(q.get())) {
            byte[] label = new byte[len];
            q.get(label);
            qname.append(new String(label, StandardCharsets.US_ASCII)).append('.');
        }
        int type = Short.toUnsignedInt(q.getShort());
        int klass = Short.toUnsignedInt(q.getShort());
        byte[] question = new byte[q.position() - questionStart];
        q.position(questionStart);
        q.get(question);

        boolean known = normalize(qname.toString()).equals(name);
        if (known) {
            queries.incrementAndGet();
        }
        List<InetAddress> answers = known && type == TYPE_A && klass == CLASS_IN ? addresses : List.of();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(12);
        header.putShort(id);
        header.putShort((short) (0x8400 | (flags & 0x0100) | (known ? 0 : 3))); // response, authoritative, RD echoed, NXDOMAIN if unknown
        header.putShort((short) 1).putShort((short) answers.size()).putShort((short) 0).putShort((short) 0);
        out.writeBytes(header.array());
        out.writeBytes(question);
        for (InetAddress a : answers) {
            ByteBuffer rr = ByteBuffer.allocate(16);
            rr.putShort((short) 0xC00C); // the name: a pointer to the question's
            rr.putShort((short) TYPE_A).putShort((short) CLASS_IN).putInt(1).putShort((short) 4).put(a.getAddress());
            out.writeBytes(rr.array());
        }
        return out.toByteArray();
    }

    private static String normalize(String n) {
        String lower = n.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower : lower + ".";
    }

    @Override
    public void close() throws InterruptedException {
        socket.close();
        thread.join(5_000);
    }
}
