package vn.sotruong.data.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Date;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPMarker;
import org.bouncycastle.openpgp.PGPPBEEncryptedData;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.PGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPBEKeyEncryptionMethodGenerator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePBEDataDecryptorFactoryBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePGPDataEncryptorBuilder;

/**
 * The outer layer of a backup: an OpenPGP message (RFC 4880) encrypted with the backup password —
 * AES-256, iterated and salted SHA-256 S2K, integrity-protected (SEIPD with MDC) — which
 * {@code gpg --decrypt} opens without the app. Bouncy Castle writes and parses the packets; the
 * hashing (S2K, MDC) and AES-CFB run in the JDK's own providers, which use the processor's SHA and
 * AES instructions — about 4× faster than Bouncy Castle's pure-Java engines (ADR 0032). No provider
 * is registered globally.
 */
final class OpenPgpEnvelope {
    /**
     * S2K iteration byte 0xE0: 16 MiB of SHA-256 per password attempt (~50 ms here), within what gpg
     * 2.2 calibrates for itself; each guess at a stolen stick's backup costs the same.
     */
    static final int S2K_COUNT = 0xE0;
    static final String INNER_NAME = "backup.zip";
    private static final int BUFFER = 1 << 16;

    private final SecureRandom random;
    private final PGPDigestCalculatorProvider digests;

    OpenPgpEnvelope(SecureRandom random) {
        this.random = random;
        try {
            this.digests = new JcaPGPDigestCalculatorProviderBuilder().build();
        } catch (PGPException e) {
            throw new IllegalStateException("the JDK has no SHA digests", e);
        }
    }

    /** Where to write the plain bytes; closing it writes the integrity packet but leaves {@code out} open. */
    OutputStream encrypt(OutputStream out, char[] password, Date written) throws IOException {
        PGPEncryptedDataGenerator gen = new PGPEncryptedDataGenerator(
                new JcePGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256).setWithIntegrityPacket(true)
                        .setSecureRandom(random));
        try {
            gen.addMethod(new BcPBEKeyEncryptionMethodGenerator(password, digests.get(HashAlgorithmTags.SHA256), S2K_COUNT)
                    .setSecureRandom(random));
            OutputStream encrypted = gen.open(new NonClosing(out), new byte[BUFFER]);
            PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
            OutputStream body = literal.open(encrypted, PGPLiteralData.BINARY, INNER_NAME, written, new byte[BUFFER]);
            return new FilterOutputStream(body) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    body.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    body.close();
                    encrypted.close();
                }
            };
        } catch (PGPException e) {
            throw new IOException("OpenPGP encryption failed: " + e.getMessage(), e);
        }
    }

    /**
     * Opens the message for reading. Read {@link Opened#content()} to its end, then call
     * {@link Opened#checkIntegrity()}: only then is it known that nothing was changed.
     *
     * @throws WrongPassword when the password does not unwrap the session key or fails the quick check
     *         (gpg's "bad key"); a changed byte inside the key packet itself (salt, count, wrapped key)
     *         looks exactly the same, which OpenPGP cannot tell apart
     * @throws Damaged when the file is not such a message, or is cut short in its header
     */
    Opened open(InputStream in, char[] password) throws WrongPassword, Damaged {
        try {
            BcPGPObjectFactory outer = new BcPGPObjectFactory(PGPUtil.getDecoderStream(in));
            Object o = outer.nextObject();
            while (o instanceof PGPMarker) {
                o = outer.nextObject();
            }
            if (!(o instanceof PGPEncryptedDataList list) || list.isEmpty()
                    || !(list.get(0) instanceof PGPPBEEncryptedData pbe)) {
                throw new Damaged("not a password-encrypted OpenPGP message");
            }
            if (!pbe.isIntegrityProtected()) {
                // without MDC a changed byte would go unnoticed: such a file is not one of ours
                throw new Damaged("no integrity protection");
            }
            InputStream clear;
            try {
                clear = pbe.getDataStream(new JcePBEDataDecryptorFactoryBuilder(digests).build(password));
            } catch (PGPException e) {
                // the password's key either fails to unwrap the session key ("cannot recognise cipher")
                // or fails the quick check (PGPDataValidationException); an I/O error is a cut file instead
                throw new WrongPassword();
            }
            return new Opened(pbe, literal(new BcPGPObjectFactory(clear).nextObject()));
        } catch (IOException | PGPException | RuntimeException e) {
            throw new Damaged(describe(e));
        }
    }

    /** gpg compresses by default; our own files carry the ZIP bare (it is compressed already). */
    private static InputStream literal(Object o) throws PGPException, IOException, Damaged {
        if (o instanceof PGPCompressedData compressed) {
            return literal(new BcPGPObjectFactory(compressed.getDataStream()).nextObject());
        }
        if (o instanceof PGPLiteralData data) {
            return data.getInputStream();
        }
        throw new Damaged("no literal data inside the encryption");
    }

    static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** A decrypted message being read. */
    record Opened(PGPPBEEncryptedData packet, InputStream content) {
        /** After {@link #content()} was read to its end: the MDC matches, or {@link Damaged}. */
        void checkIntegrity() throws Damaged {
            try {
                if (!packet.verify()) {
                    throw new Damaged("integrity check (MDC) failed");
                }
            } catch (IOException | PGPException | RuntimeException e) {
                throw new Damaged(describe(e));
            }
        }
    }

    /** The password does not open the file. */
    static final class WrongPassword extends Exception {
        private static final long serialVersionUID = 1L;

        WrongPassword() {
            super("wrong password");
        }
    }

    /** The file is not a complete, unchanged backup. */
    static final class Damaged extends Exception {
        private static final long serialVersionUID = 1L;

        Damaged(String reason) {
            super(reason);
        }
    }

    /** BC closes the stream it writes to; the caller still has to flush and force the file. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
