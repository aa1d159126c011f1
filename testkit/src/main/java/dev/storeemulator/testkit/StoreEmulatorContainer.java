package dev.storeemulator.testkit;

import dev.storeemulator.client.admin.StoreEmulatorAdmin;
import dev.storeemulator.emulator.StoreRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.ImageNameSubstitutor;
import org.testcontainers.utility.MountableFile;

/**
 * The store emulator in a Docker container, for tests of code that cannot call it in process (another
 * language, another JVM, a docker-compose set-up) — a Testcontainers module.
 *
 * <pre>{@code
 * try (StoreEmulatorContainer emulator = new StoreEmulatorContainer()) {
 *     emulator.start();
 *     String url = emulator.getBaseUrl()
 *             + "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/demo-purchase-active/"
 *             + "?access_token=demo-access-token";
 *     // GET url -> 200 {"consumptionState":1,"purchaseState":0,...,"developerPayload":"something",...}
 * }
 * }</pre>
 *
 * <p>The default image is {@code store-emulator:local}, which this project builds but does not publish:
 * {@code ./mvnw -B install -DskipTests -pl emulator -am} (or {@code docker/build-image.sh}) makes it. It
 * serves the bundled demo world unless {@link #withFixtures(Path)} names a fixtures file. The container is
 * started once it answers 200 on {@code GET /__admin/health}.
 *
 * <p>{@link #withHostNetwork()} runs it in the host's network instead, on {@code 127.0.0.1} and a free port, so that
 * it can reach servers of the test that listen on loopback, such as a {@link NotificationSink}.
 *
 * <p>Requires {@code org.testcontainers:testcontainers} (2.x) on the test class path; see
 * {@link DockerAvailability} for skipping tests where Docker is missing.
 */
public class StoreEmulatorContainer extends GenericContainer<StoreEmulatorContainer> {
    /** The image repository, {@code store-emulator}; other images must be compatible substitutes for it. */
    public static final DockerImageName DEFAULT_IMAGE_NAME = DockerImageName.parse("store-emulator");

    /** The tag the build gives the image it makes locally: {@code local}. */
    public static final String DEFAULT_TAG = "local";

    /** The default image with its tag, {@code store-emulator:local}. */
    public static final String DEFAULT_IMAGE =
            DEFAULT_IMAGE_NAME.withTag(DEFAULT_TAG).asCanonicalNameString();

    /** The port the emulator listens on inside the container: {@value}. */
    public static final int PORT = 7070;

    /** The HTTPS port inside the container ({@code STORE_EMULATOR_HTTPS_PORT} of the image). */
    public static final int HTTPS_PORT = 7443;

    /** The directory fixtures files are copied to inside the container: {@value}. */
    public static final String FIXTURES_DIRECTORY = "/fixtures";

    /** The health endpoint the container is waited on: {@value}. */
    public static final String HEALTH_PATH = "/__admin/health";

    private final String requestedImage;
    private String adminToken;
    private boolean hostNetwork;
    /** With the host network: the port chosen for this start, 0 before the first. */
    private volatile int hostPort;

    private volatile int hostHttpsPort;
    private boolean realHostnames;

    /** Creates a container of the default image, {@code store-emulator:local}. */
    public StoreEmulatorContainer() {
        this(DEFAULT_IMAGE_NAME.withTag(DEFAULT_TAG));
    }

    /**
     * Creates a container of the given image.
     *
     * @param dockerImageName an image of the store emulator, e.g. {@code "store-emulator:0.1.0-SNAPSHOT"}
     * @throws IllegalStateException if the image is not {@code store-emulator} or declared a compatible substitute
     */
    public StoreEmulatorContainer(String dockerImageName) {
        this(DockerImageName.parse(dockerImageName));
    }

    /**
     * Creates a container of the given image. An image under another name (a registry mirror, say) must be
     * declared a substitute: {@code DockerImageName.parse("registry.example.com/store-emulator:1.0")
     * .asCompatibleSubstituteFor("store-emulator")}.
     *
     * @param dockerImageName an image of the store emulator
     * @throws IllegalStateException if the image is not {@code store-emulator} or declared a compatible substitute
     */
    public StoreEmulatorContainer(DockerImageName dockerImageName) {
        super(dockerImageName);
        dockerImageName.assertCompatibleWith(DEFAULT_IMAGE_NAME);
        this.requestedImage = dockerImageName.asCanonicalNameString();
        withExposedPorts(PORT, HTTPS_PORT);
        waitingFor(Wait.forHttp(HEALTH_PATH).forPort(PORT).forStatusCode(200));
    }

    /**
     * Serves the given fixtures instead of the demo world: copies the YAML or JSON file to
     * {@code /fixtures/<file name>} in the container (readable by the image's unprivileged user) and points
     * {@code STORE_EMULATOR_FIXTURES} at it. The format is docs/fixtures.md; an invalid file
     * stops the container, and Testcontainers logs the emulator's list of problems.
     *
     * @param hostFile the fixtures file on this machine
     * @return this container
     * @throws IllegalArgumentException if the file does not exist or is not a regular file
     */
    public StoreEmulatorContainer withFixtures(Path hostFile) {
        if (!Files.isRegularFile(hostFile)) {
            throw new IllegalArgumentException("Fixtures file not found: " + hostFile.toAbsolutePath());
        }
        String containerPath = FIXTURES_DIRECTORY + "/" + hostFile.getFileName();
        withCopyFileToContainer(MountableFile.forHostPath(hostFile, 0644), containerPath);
        return withEnv("STORE_EMULATOR_FIXTURES", containerPath);
    }

    /**
     * Protects the control plane with a token ({@code STORE_EMULATOR_ADMIN_TOKEN}); {@link #admin()} sends it.
     *
     * @param token the token every {@code /__admin} call but health must carry
     * @return this container
     */
    public StoreEmulatorContainer withAdminToken(String token) {
        this.adminToken = token;
        return withEnv("STORE_EMULATOR_ADMIN_TOKEN", token);
    }

    /**
     * Runs the container in the host's network (Docker's {@code --network host}) instead of a bridge network with
     * a mapped port: the emulator then listens on {@code 127.0.0.1} of this machine, on a free port chosen at each
     * start ({@code STORE_EMULATOR_HOST} and {@code STORE_EMULATOR_PORT}), and reaches what listens on this
     * machine's loopback, such as a {@link NotificationSink}'s {@link NotificationSink#url() url()}: register it as
     * the webhook URL as it is. {@link #getBaseUrl()} is then {@code http://127.0.0.1:<that port>}; the container
     * has no mapped ports ({@code getMappedPort} fails), and it is waited on with the same health check.
     *
     * <p>Needs a Docker engine on this machine that runs containers in its network namespace: Docker Engine on
     * Linux, as on CI (not rootless Docker, and on Docker Desktop only with its host networking turned on). Unlike
     * Testcontainers' {@code exposeHostPorts}, it needs no other image. The port is free when chosen; should
     * another process take it before the emulator binds it, the start fails with the emulator's
     * {@code Cannot listen on 127.0.0.1:<port>} in the container's log.
     *
     * @return this container
     */
    public StoreEmulatorContainer withHostNetwork() {
        hostNetwork = true;
        withNetworkMode("host");
        setExposedPorts(new ArrayList<>());
        withEnv("STORE_EMULATOR_HOST", "127.0.0.1");
        return waitingFor(new LoopbackHealthWaitStrategy(() -> hostPort, HEALTH_PATH));
    }

    /**
     * Whether this container runs in the host's network ({@link #withHostNetwork()}).
     *
     * @return {@code true} with the host network
     */
    public boolean isHostNetwork() {
        return hostNetwork;
    }

    /**
     * The admin client of this container's emulator: move its clock, edit its world, read its journal,
     * verify the calls your code made ({@code admin().verify(exactly(1), RequestPattern.store("cafebazaar")
     * .operation("consume"))}).
     *
     * @return a client bound to {@link #getBaseUrl()} (and the admin token, if one is set)
     * @throws IllegalStateException if the container is not started
     */
    public StoreEmulatorAdmin admin() {
        StoreEmulatorAdmin admin = StoreEmulatorAdmin.connect(getBaseUrl());
        return adminToken == null ? admin : admin.withToken(adminToken);
    }

    /**
     * The emulator's base URL as seen from the test: {@code http://<host>:<mapped port>}, or with
     * {@link #withHostNetwork()} {@code http://127.0.0.1:<port>}, without a trailing slash. Append the store's real paths to it, e.g. {@code getBaseUrl() + "/devapi/v2/auth/token/"}; pass it
     * where a client takes {@code https://pardakht.cafebazaar.ir}.
     *
     * @return the base URL
     * @throws IllegalStateException if the container is not started
     */
    public String getBaseUrl() {
        if (hostNetwork) {
            if (hostPort == 0) {
                throw new IllegalStateException("The container has not been started");
            }
            return "http://127.0.0.1:" + hostPort;
        }
        return "http://" + getHost() + ":" + getMappedPort(PORT);
    }

    /**
     * Puts the container on {@code network} under every real host name of the three stores
     * ({@code pardakht.cafebazaar.ir}, the ONE store hosts, {@code api.catappult.io}, …) and serves HTTPS on 443 as
     * well as 7443: another container on that network that trusts {@link #caCertificatePem()} reaches the emulator
     * at {@code https://pardakht.cafebazaar.ir/…} with no base URL to change. The certificate names every real host.
     *
     * @param network the network the application's containers share with this one
     * @return this container
     */
    public StoreEmulatorContainer withRealHostnames(Network network) {
        withNetwork(network);
        withNetworkAliases(StoreRegistry.realHosts().toArray(String[]::new));
        realHostnames = true;
        return this;
    }

    /**
     * The emulator's HTTPS base URL as seen from the test: {@code https://localhost:<mapped port>} (the certificate
     * names {@code localhost}); trust it with {@link #sslContext()}.
     *
     * @return the HTTPS base URL
     * @throws IllegalStateException if the container is not started
     */
    public String getHttpsBaseUrl() {
        if (hostNetwork) {
            if (hostHttpsPort == 0) {
                throw new IllegalStateException("The container has not been started");
            }
            return "https://localhost:" + hostHttpsPort;
        }
        return "https://localhost:" + getMappedPort(realHostnames ? 443 : HTTPS_PORT);
    }

    /**
     * The CA certificate (PEM) that signs the container's HTTPS certificate, from {@code GET /__admin/tls/ca.pem}.
     *
     * @return the PEM text
     * @throws IllegalStateException if the container is not started
     */
    public String caCertificatePem() {
        return admin().caCertificatePem();
    }

    /**
     * A trust store holding only the container's CA: {@code -Djavax.net.ssl.trustStore} or a client's key-store
     * setting.
     *
     * @return a PKCS#12 key store with no password
     */
    public java.security.KeyStore trustStore() {
        return Trust.trustStore(caCertificatePem());
    }

    /**
     * An {@link javax.net.ssl.SSLContext} that trusts the container's CA only: {@code
     * HttpClient.newBuilder().sslContext(container.sslContext())}.
     *
     * @return the context
     */
    public javax.net.ssl.SSLContext sslContext() {
        return Trust.sslContext(trustStore());
    }

    /** With the host network, chooses the ports this start listens on. Testcontainers calls it once per start. */
    @Override
    protected void configure() {
        super.configure();
        if (hostNetwork) {
            hostPort = freeLoopbackPort();
            hostHttpsPort = freeLoopbackPort();
            withEnv("STORE_EMULATOR_PORT", Integer.toString(hostPort));
            withEnv("STORE_EMULATOR_HTTPS_PORT", Integer.toString(hostHttpsPort));
        } else if (realHostnames) {
            // Clients on the network use the real URLs, port 443; the image's own 7443 stays mapped for the test.
            withEnv("STORE_EMULATOR_HTTPS_PORT", "443");
            setExposedPorts(new ArrayList<>(java.util.List.of(PORT, 443)));
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1", e);
        }
    }

    /**
     * Starts the container and waits until {@code GET /__admin/health} answers 200. For the default image it
     * first checks that {@code store-emulator:local} exists locally: it is never published, so Testcontainers'
     * attempt to pull it could only fail, slowly and with a misleading message.
     *
     * @throws IllegalStateException if the default image has not been built on this machine
     * @throws org.testcontainers.containers.ContainerLaunchException if the container does not become healthy
     */
    @Override
    public void start() {
        // Checked here, not in configure(): a failure inside doStart() makes Testcontainers resolve, that is
        // pull, the image just to word its error message. Skipped when an image name substitutor (a registry
        // mirror, say) maps the name elsewhere.
        if (getContainerId() == null
                && DEFAULT_IMAGE.equals(requestedImage)
                && DockerAvailability.isDockerAvailable()
                && DEFAULT_IMAGE.equals(ImageNameSubstitutor.instance()
                        .apply(DEFAULT_IMAGE_NAME.withTag(DEFAULT_TAG))
                        .asCanonicalNameString())
                && !DockerAvailability.isImagePresent(requestedImage)) {
            throw new IllegalStateException("Docker image " + requestedImage + " is not present locally and is not"
                    + " published anywhere; build it: ./mvnw -B install -DskipTests -pl emulator -am"
                    + " (or docker/build-image.sh)");
        }
        super.start();
    }
}
