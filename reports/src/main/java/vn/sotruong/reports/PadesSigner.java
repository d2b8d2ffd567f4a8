package vn.sotruong.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.signature.Certificates;
import vn.sotruong.core.signature.PdfCheck;
import vn.sotruong.core.signature.PdfSignatureCheck;
import vn.sotruong.core.signature.PdfSignatures;
import vn.sotruong.core.signature.SignatureLabel;
import vn.sotruong.core.signature.SigningCredential;
import vn.sotruong.core.signature.TrustList;

/**
 * Chữ ký PAdES với PDFBox và Bouncy Castle: each signature is an incremental update holding a detached CMS
 * (SubFilter ETSI.CAdES.detached, SHA-256 with the signer's RSA key, the ESS signing-certificate-v2 attribute and
 * the certificate chain), named with the signer, reason, place and time. Verification recomputes each signature
 * over its byte range and checks its certificate against the school's authority.
 */
public final class PadesSigner implements PdfSignatures {
    /** Room reserved for the CMS (bytes): the chain of two RSA certificates and the signature fit well within. */
    static final int SIGNATURE_SIZE = 16_384;

    @Override
    public byte[] sign(byte[] pdf, SigningCredential credential, SignatureLabel label) {
        try (PDDocument doc = load(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            sig.setName(label.signerName());
            sig.setReason(label.reason());
            sig.setLocation(label.location());
            sig.setSignDate(calendar(label.at()));
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            if (label.stampUnder() != null) {
                java.util.Optional<SignatureStamp.Place> place = SignatureStamp.find(doc, label.stampUnder());
                if (place.isPresent()) {
                    options.setVisualSignature(SignatureStamp.template(doc, place.get(), label));
                    options.setPage(place.get().page());
                }
            }
            doc.addSignature(sig, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE * 3);
            ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
            external.setSignature(cms(external.getContent(), credential));
            return out.toByteArray();
        } catch (IOException e) {
            throw new DomainException("pdf.unreadable");
        }
    }

    @Override
    public PdfCheck verify(byte[] pdf, TrustList trust) {
        List<PdfSignatureCheck> checks = new ArrayList<>();
        try (PDDocument doc = load(pdf)) {
            for (PDSignature sig : doc.getSignatureDictionaries()) {
                checks.add(check(sig, pdf, trust));
            }
        } catch (IOException | DomainException e) {
            return PdfCheck.unreadable();
        }
        return new PdfCheck(true, checks);
    }

    private static PdfSignatureCheck check(PDSignature sig, byte[] pdf, TrustList trust) {
        int[] range = sig.getByteRange();
        boolean whole = range != null && range.length == 4 && (long) range[2] + range[3] == pdf.length;
        Instant at = sig.getSignDate() == null ? null : sig.getSignDate().toInstant();
        try {
            byte[] contents = sig.getContents(pdf);
            byte[] signed = sig.getSignedContent(pdf);
            // /Contents is zero-padded to its reserved size: read the one DER object it starts with
            ContentInfo info;
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                info = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), info);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            X509CertificateHolder holder = matches.iterator().next();
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(holder);
            boolean intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            List<X509Certificate> carried = new ArrayList<>();
            for (Object h : cms.getCertificates().getMatches(null)) {
                carried.add(new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) h));
            }
            Optional<TrustList.Path> path = trust.path(cert, carried, at == null ? Instant.now() : at);
            return new PdfSignatureCheck(name(sig, cert), cert.getSubjectX500Principal().getName(),
                    Certificates.serial(cert), at, sig.getReason(), intact, path.isPresent(), whole,
                    path.map(TrustList.Path::names).orElse(List.of()), path.map(TrustList.Path::source).orElse(null));
        } catch (IOException | CMSException | GeneralSecurityException | OperatorCreationException
                 | RuntimeException e) {
            return new PdfSignatureCheck(sig.getName() == null ? "?" : sig.getName(), "", "", at, sig.getReason(),
                    false, false, whole);
        }
    }

    private static String name(PDSignature sig, X509Certificate cert) {
        return sig.getName() != null && !sig.getName().isBlank() ? sig.getName() : Certificates.commonName(cert);
    }

    private static byte[] cms(InputStream content, SigningCredential c) throws IOException {
        try {
            X509Certificate cert = c.certificate();
            byte[] certHash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certHash);
            ASN1EncodableVector attrs = new ASN1EncodableVector();
            attrs.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
            JcaSignerInfoGeneratorBuilder info = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build());
            // PAdES: the signing time is the dictionary's /M, not a CMS signing-time attribute
            DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(new AttributeTable(attrs));
            info.setSignedAttributeGenerator(params -> standard.getAttributes(params).remove(CMSAttributes.signingTime));
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            JcaContentSignerBuilder signer = new JcaContentSignerBuilder("SHA256with" + c.key().getAlgorithm());
            if (c.provider() != null) {
                // a key in a USB token: the token's own provider signs, the key never leaves it
                signer.setProvider(c.provider());
            }
            gen.addSignerInfoGenerator(info.build(signer.build(c.key()), cert));
            gen.addCertificates(new JcaCertStore(c.chain()));
            return gen.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IllegalStateException("the signature cannot be made", e);
        }
    }

    private static PDDocument load(byte[] pdf) throws IOException {
        if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new DomainException("pdf.unreadable");
        }
        return Loader.loadPDF(pdf);
    }

    private static Calendar calendar(Instant at) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(at.toEpochMilli());
        return c;
    }
}
