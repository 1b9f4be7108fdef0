// news-kg: runs an embedded Neo4j Community database with Bolt on 127.0.0.1 until SIGTERM.
package newskg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

/**
 * Usage: java -jar neo4j-launcher.jar [--port 7687] [--data DIR] [--password PW] [--pid-file FILE]
 *                                     [--pagecache 256m]
 *
 *        java -jar neo4j-launcher.jar import --data DIR [--wait] [neo4j-admin database import full options...]
 *
 * Prints "ready bolt://127.0.0.1:PORT" once Bolt accepts connections. Without --password, auth is off.
 * Without --data, a temporary folder is used and deleted at shutdown.
 * `import` bulk-loads CSV files into the `neo4j` database of DIR (created or overwritten) with the import tool
 * behind `neo4j-admin database import full`, then exits with its status; start the server on DIR afterwards.
 * With --wait it first warms up (see {@link #warmUp}), then waits for a line on stdin before it reads the
 * options' files, so it can start while they are still being written; stdin closed without a line: exit 1.
 */
public final class Neo4jLauncher {
    private static final String HOST = "127.0.0.1";
    private static final long READY_TIMEOUT_MS = 120_000;

    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(runImport(Arrays.copyOfRange(args, 1, args.length)));
        }
        long started = System.nanoTime();
        Options options = Options.parse(args);
        boolean tempData = options.data == null;
        Path home = tempData ? Files.createTempDirectory("news-kg-neo4j-") : options.data.toAbsolutePath();
        Files.createDirectories(home);

        DatabaseManagementService dbms = build(home, options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // SIGTERM / SIGINT: flush and close the store so the next start needs no recovery.
            dbms.shutdown();
            if (tempData) deleteTree(home);
            if (options.pidFile != null) options.pidFile.toFile().delete();
            System.out.println("stopped");
            stopped.countDown();
        }, "neo4j-launcher-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(READY_TIMEOUT_MS)) fail("database did not become available within " + READY_TIMEOUT_MS + " ms");
        if (options.password != null) setPassword(dbms, options.password);
        waitForBolt(options.port);

        if (options.pidFile != null) {
            Files.writeString(options.pidFile, ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.println("ready bolt://" + HOST + ":" + options.port + " in " + ms + " ms, data " + home);
        System.out.flush();
        stopped.await();
    }

    private static DatabaseManagementService build(Path home, Options options) {
        return new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, options.port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, options.password != null)
            .setConfig(GraphDatabaseSettings.pagecache_memory, options.pagecache)
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
            // Bolt waits 5 s twice at shutdown by default; a local test server can let go at once.
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
            .build();
    }

    /** `import --data DIR [--wait] ARGS...`: `neo4j-admin database import full ARGS... neo4j` with DIR as the Neo4j home. */
    private static int runImport(String[] args) throws IOException {
        if (args.length < 2 || !args[0].equals("--data")) {
            System.err.println("usage: neo4j-launcher import --data DIR [--wait] [--nodes=FILE ...] [--relationships=FILE ...] [options]");
            return 2;
        }
        Path home = Paths.get(args[1]).toAbsolutePath();
        boolean wait = args.length > 2 && args[2].equals("--wait");
        int from = wait ? 3 : 2;
        if (wait) {
            warmUp();
            if (new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine() == null) {
                System.err.println("neo4j-launcher: stdin closed before the go line; nothing imported");
                return 1;
            }
        }
        Path conf = home.resolve("conf");
        Files.createDirectories(conf);
        return AdminTool.execute(new ExecutionContext(home, conf), importCommand(Arrays.copyOfRange(args, from, args.length)));
    }

    /** `database import full OPTIONS... neo4j`. */
    private static String[] importCommand(String... options) {
        String[] command = new String[options.length + 4];
        command[0] = "database";
        command[1] = "import";
        command[2] = "full";
        System.arraycopy(options, 0, command, 3, options.length);
        command[command.length - 1] = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
        return command;
    }

    /**
     * Runs the import tool once on two nodes and two relationships in a temporary folder (deleted after), with
     * the value types the project's CSV files use, output discarded. A JVM's first import spends 2–3 s loading,
     * verifying and compiling the admin command line and the importer before and between its stages; done here,
     * while the caller still writes the real files, the real import starts at once (docs/scale.md).
     */
    private static void warmUp() throws IOException {
        // In memory where Linux offers it: the tool forces every store file it writes, which here would only wait.
        Path shm = Paths.get("/dev/shm");
        String prefix = "news-kg-import-warm-up-";
        Path dir = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, prefix) : Files.createTempDirectory(prefix);
        try {
            String d = "\u001f";
            Path nodes = Files.writeString(dir.resolve("nodes.csv"), ":ID,id,:LABEL,names:string[],count:long,lat:double,location:point{crs:WGS-84}\n"
                + "0,\"a\",A" + d + "B,\"x" + d + "y\",1,1.5,\"{latitude:1.5, longitude:2}\"\n1,\"b\",A,\"x\",2,,\n");
            Path rels = Files.writeString(dir.resolve("relationships.csv"), ":START_ID,:END_ID,:TYPE,weight:long,names:string[],score:double,status:string\n"
                + "0,1,R,1,\"x" + d + "y\",0.5,\"s\"\n1,0,S,2,\"x\",,\n");
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
            ExecutionContext context = new ExecutionContext(dir, dir.resolve("conf"), nowhere, nowhere, new DefaultFileSystemAbstraction());
            AdminTool.execute(context, importCommand("--nodes=" + nodes, "--relationships=" + rels, "--id-type=actual",
                "--array-delimiter=\\u001F", "--report-file=" + dir.resolve("import.report")));
        } finally {
            deleteTree(dir);
        }
    }

    /** Sets the fixed password of the default `neo4j` user (auth on); a restart with the same password keeps it. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // NOTE: Neo4j refuses to "change" a password to its current value; that is the restart case.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
        }
    }

    /** Polls the Bolt port until a TCP connection succeeds. */
    private static void waitForBolt(int port) throws InterruptedException {
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 1_000);
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        fail("Bolt did not accept connections on " + HOST + ":" + port + " within " + READY_TIMEOUT_MS + " ms");
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e.getMessage());
        }
    }

    private static void fail(String message) {
        System.err.println("neo4j-launcher: " + message);
        System.exit(1);
    }

    /** Command-line options, parsed once. */
    private static final class Options {
        int port = 7687;
        Path data;
        String password;
        Path pidFile;
        long pagecache = 256L * 1024 * 1024;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (i + 1 >= args.length) usage("missing value after " + flag);
                String value = args[++i];
                switch (flag) {
                    case "--port" -> o.port = parsePort(value);
                    case "--data" -> o.data = Paths.get(value);
                    case "--password" -> o.password = value;
                    case "--pid-file" -> o.pidFile = Paths.get(value);
                    case "--pagecache" -> o.pagecache = parseBytes(value);
                    default -> usage("unknown option " + flag);
                }
            }
            return o;
        }

        private static int parsePort(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port > 0 && port < 65536) return port;
            } catch (NumberFormatException ignored) {
                // reported below
            }
            usage("expected --port between 1 and 65535, instead found " + value);
            return -1;
        }

        private static long parseBytes(String value) {
            String v = value.trim().toLowerCase();
            long unit = v.endsWith("g") ? 1L << 30 : v.endsWith("m") ? 1L << 20 : v.endsWith("k") ? 1L << 10 : 1L;
            String digits = unit == 1L ? v : v.substring(0, v.length() - 1);
            try {
                return Long.parseLong(digits) * unit;
            } catch (NumberFormatException e) {
                usage("expected --pagecache like 256m or 1g, instead found " + value);
                return -1;
            }
        }

        private static void usage(String message) {
            System.err.println("neo4j-launcher: " + message);
            System.err.println(
                "usage: neo4j-launcher [--port 7687] [--data DIR] [--password PW] [--pid-file FILE] [--pagecache 256m]");
            System.exit(2);
        }
    }
}
