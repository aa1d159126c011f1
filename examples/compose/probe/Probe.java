import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * An application container's view of the emulator: it fetches the CA once from the emulator's service name, then
 * calls each store by its real host name over HTTPS, trusting that CA only. Exits 1 on the first surprise.
 */
public final class Probe {
    static HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        String ca = get(http, "http://store-emulator:7070/__admin/tls/ca.pem", 200);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("store-emulator", CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(ca.getBytes())));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        HttpClient https = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();

        expect(get(https, "https://pardakht.cafebazaar.ir/devapi/v2/api/validate/com.acme.app/inapp/gems/purchases/"
                + "acme-order-1/", 200, "CAFEBAZAAR-PISHKHAN-API-SECRET", "acme-secret"), "\"purchaseState\":0");

        String token = send(https, HttpRequest.newBuilder(URI.create("https://sbpp.onestore.co.kr/v2/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=com.acme.app"
                        + "&client_secret=acme-onestore-secret")), 200)
                .replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        expect(get(https, "https://sbpp.onestore.co.kr/v2/purchase/details/SANDBOX0000000000042/com.acme.app", 200,
                "Authorization", "Bearer " + token), "\"purchaseState\":0");
        // The commercial host is another world: the sandbox token is refused there.
        get(https, "https://apis.onestore.co.kr/v2/purchase/details/SANDBOX0000000000042/com.acme.app", 401,
                "Authorization", "Bearer " + token);

        expect(get(https, "https://api.catappult.io/productv2/8.20191001/google/inapp/v3/applications/com.acme.app"
                + "/purchases/products/gems/tokens/catappult.inapp.purchase.ACMEORDER0001", 200), "\"purchaseState\":0");
        System.out.println("probe: all three stores answered under their real host names");
    }

    static String get(HttpClient client, String url, int status, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(client, request, status);
    }

    static String send(HttpClient client, HttpRequest.Builder request, int status) throws Exception {
        HttpRequest built = request.timeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
        System.out.println("probe: " + built.method() + " " + built.uri() + " -> " + response.statusCode());
        if (response.statusCode() != status) {
            System.out.println("probe: expected " + status + ", got: " + response.body());
            System.exit(1);
        }
        return response.body();
    }

    static void expect(String body, String part) {
        if (!body.contains(part)) {
            System.out.println("probe: expected " + part + " in " + body);
            System.exit(1);
        }
    }
}
