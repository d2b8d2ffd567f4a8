package vn.sotruong.data.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.DoubleConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.sotruong.data.backup.OpenPgpEnvelope.Damaged;
import vn.sotruong.data.backup.OpenPgpEnvelope.WrongPassword;

/**
 * Đọc lại: the writer's proof that the device kept what it was given. Reads every byte of the file
 * back from the target in one pass and checks that (1) its size and SHA-256 equal those of the bytes
 * the writer handed to the operating system, (2) it decrypts with the password and its OpenPGP
 * integrity packet (MDC) matches, and (3) the manifest read back from the end of the ZIP equals the
 * one written. Unlike {@link BackupReader} it does not inflate and re-count {@code db.sql}: those
 * bytes were hashed as they were produced, and (1) shows every one of them is on the device
 * (ADR 0032 argues why this is a full verification of the write).
 */
final class ReadBack {
    /**
     * What the writer produced.
     *
     * @param size bytes of the file
     * @param sha256 hex SHA-256 of every byte of the file
     * @param manifestAt where the manifest's ZIP entry starts in the decrypted content
     */
    record Produced(long size, String sha256, long manifestAt, BackupManifest manifest) {
    }

    private final OpenPgpEnvelope envelope;

    ReadBack(OpenPgpEnvelope envelope) {
        this.envelope = envelope;
    }

    /** Intact with the manifest read back, or damaged saying what differs; never throws for a bad file. */
    VerifyResult check(Path file, char[] password, Produced produced, DoubleConsumer progress) {
        MessageDigest md = BackupReader.sha256();
        String json;
        long read;
        try (ProgressInput counted = new ProgressInput(new DigestInputStream(Files.newInputStream(file), md),
                produced.size(), progress);
             InputStream in = new BufferedInputStream(counted, 1 << 16)) {
            OpenPgpEnvelope.Opened opened = envelope.open(in, password);
            InputStream content = opened.content();
            content.skipNBytes(produced.manifestAt());
            json = manifestEntry(content);
            content.transferTo(OutputStream.nullOutputStream());
            opened.checkIntegrity();
            // whatever follows the OpenPGP message is part of the file too
            in.transferTo(OutputStream.nullOutputStream());
            read = counted.bytesRead();
        } catch (WrongPassword e) {
            return VerifyResult.damaged("the password written with does not open the file read back");
        } catch (Damaged e) {
            return VerifyResult.damaged(e.getMessage());
        } catch (IOException | RuntimeException e) {
            return VerifyResult.damaged(OpenPgpEnvelope.describe(e));
        }
        if (read != produced.size()) {
            return VerifyResult.damaged("read back " + read + " bytes, wrote " + produced.size());
        }
        if (!HexFormat.of().formatHex(md.digest()).equals(produced.sha256())) {
            return VerifyResult.damaged("the bytes read back differ from those written");
        }
        BackupManifest back;
        try {
            back = ManifestJson.read(json);
        } catch (IllegalArgumentException e) {
            return VerifyResult.damaged(e.getMessage());
        }
        return back.equals(produced.manifest()) ? VerifyResult.intact(back)
                : VerifyResult.damaged("the manifest read back differs from the one written");
    }

    /** The manifest's entry, which must be the last one of the ZIP. */
    private static String manifestEntry(InputStream content) throws IOException, Damaged {
        ZipInputStream zip = new ZipInputStream(content, StandardCharsets.UTF_8);
        ZipEntry entry = zip.getNextEntry();
        if (entry == null || !entry.getName().equals(BackupLayout.MANIFEST)) {
            throw new Damaged("no " + BackupLayout.MANIFEST + " where it was written");
        }
        byte[] json = zip.readNBytes(BackupLayout.MAX_MANIFEST_BYTES + 1);
        if (json.length > BackupLayout.MAX_MANIFEST_BYTES) {
            throw new Damaged("manifest too large");
        }
        if (zip.getNextEntry() != null) {
            throw new Damaged("an entry after the manifest");
        }
        return new String(json, StandardCharsets.UTF_8);
    }
}
