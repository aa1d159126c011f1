// The ceiling for this stack on this machine: Javalin (the same version and Jetty the emulator ships, taken from
// its jar) answering a constant JSON body on one path, with no routing tables, journal or request log.
// Run with: java -cp emulator/target/store-emulator.jar bench/BareJavalin.java <port>
import io.javalin.Javalin;

public class BareJavalin {
    static final String BODY = "{\"consumptionState\":1,\"purchaseState\":0,\"kind\":\"androidpublisher#inappPurchase\","
            + "\"developerPayload\":\"something\",\"purchaseTime\":1414181378566}";

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 7080;
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.routes.get("/constant", ctx -> ctx.contentType("application/json").result(BODY));
        });
        app.start("127.0.0.1", port);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
    }
}
