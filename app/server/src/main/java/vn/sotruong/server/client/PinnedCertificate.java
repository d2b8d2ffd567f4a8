package vn.sotruong.server.client;

import java.net.Socket;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Chứng chỉ đã ghim: trusts exactly one office PC certificate (the one pinned at pairing), whatever the host name
 * or address. Before pairing (nothing pinned) it accepts the certificate it is shown and remembers it, so the
 * pairing code can be made of it and the person can compare codes.
 */
final class PinnedCertificate extends X509ExtendedTrustManager {
    private final byte[] pinned;
    private volatile byte[] seen;
    private volatile boolean mismatch;

    PinnedCertificate(byte[] pinned) {
        this.pinned = pinned == null ? null : pinned.clone();
    }

    /** The certificate the office PC presented last (DER), or null before any handshake. */
    byte[] seen() {
        return seen == null ? null : seen.clone();
    }

    /** Whether a handshake was refused because the office PC showed another certificate than the pinned one. */
    boolean mismatch() {
        return mismatch;
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("no certificate");
        }
        byte[] der;
        try {
            der = chain[0].getEncoded();
        } catch (CertificateEncodingException e) {
            throw new CertificateException(e);
        }
        seen = der;
        if (pinned != null && !MessageDigest.isEqual(pinned, der)) {
            mismatch = true;
            throw new CertificateException("office PC certificate is not the pinned one");
        }
        chain[0].checkValidity();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a workstation trusts no clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("a workstation trusts no clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("a workstation trusts no clients");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
