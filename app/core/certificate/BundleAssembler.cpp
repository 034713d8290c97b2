#include "certificate/BundleAssembler.h"

#include "certificate/CertificateDetails.h"
#include "certificate/OpenSsl.h"

#include <QHash>
#include <QSet>

#include <openssl/x509v3.h>

#include <algorithm>

namespace ccm {

namespace {

const QString kCertificate = QStringLiteral("certificate");
const QString kChain = QStringLiteral("certificate_chain");
const QString kPrivateKey = QStringLiteral("private_key");
const QString kEncCertificate = QStringLiteral("enc_certificate");
const QString kEncPrivateKey = QStringLiteral("enc_private_key");

Finding finding(Severity severity, const QString& code, const QString& field, const QString& message,
                const QString& scmCode = {}, const QString& source = {})
{
    return Finding{severity, code, field, message, scmCode, source};
}

uint32_t keyUsageBits(const Certificate& certificate)
{
    X509* x509 = certificate.x509();
    if (!x509 || !(X509_get_extension_flags(x509) & EXFLAG_KUSAGE))
        return UINT32_MAX;
    return X509_get_key_usage(x509);
}

bool isSm2(const Certificate& certificate)
{
    EVP_PKEY* key = certificate.isNull() ? nullptr : X509_get0_pubkey(certificate.x509());
    return key && (EVP_PKEY_is_a(key, "SM2") || keyCurveName(key) == QLatin1String("SM2"));
}

/// Removes copies of the same certificate (same DER), keeping the first; returns how many were removed.
int removeDuplicates(QList<SourcedCertificate>& certificates, QStringList& names)
{
    QSet<QByteArray> seen; // fingerprints
    int removed = 0;
    for (auto it = certificates.begin(); it != certificates.end();) {
        const QByteArray fingerprint = it->certificate.sha256();
        if (seen.contains(fingerprint)) {
            names.append(it->certificate.displayName());
            it = certificates.erase(it);
            ++removed;
        } else {
            seen.insert(fingerprint);
            ++it;
        }
    }
    return removed;
}

} // namespace

bool allowsSigning(const Certificate& certificate)
{
    return keyUsageBits(certificate) & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION);
}

bool allowsEncryption(const Certificate& certificate)
{
    return keyUsageBits(certificate) & (KU_KEY_ENCIPHERMENT | KU_DATA_ENCIPHERMENT | KU_KEY_AGREEMENT);
}

BundleAssembler::BundleAssembler(std::shared_ptr<const TrustStore> trust)
    : m_trust(std::move(trust))
{}

CertificateBundle BundleAssembler::assemble(const ReadResult& main, const ReadResult& enc) const
{
    CertificateBundle bundle;
    QList<SourcedCertificate> certificates = main.certificates;
    QStringList duplicateNames;
    bundle.duplicatesRemoved = removeDuplicates(certificates, duplicateNames);
    if (bundle.duplicatesRemoved > 0) {
        duplicateNames.removeDuplicates();
        // Copies are dropped here, nothing for the user to do: a note, not a warning.
        bundle.findings.append(finding(
            Severity::Info, QStringLiteral("bundle.duplicates"), kChain,
            tr("%n certificate(s) appeared more than once (%1). The copies are left out; each certificate is sent "
               "once.",
               nullptr, bundle.duplicatesRemoved)
                .arg(duplicateNames.join(QLatin1String(", ")))));
    }

    // Keys: the SM encryption key may come with the main files; it is sorted out below.
    QList<SourcedKey> keys;
    for (const auto& key : main.keys) {
        if (std::none_of(keys.cbegin(), keys.cend(), [&](const SourcedKey& k) { return k.key == key.key; }))
            keys.append(key);
    }

    // SM dual certificates given together in one set: two leaf pairs, told apart by key usage.
    if (enc.certificates.isEmpty() && enc.keys.isEmpty() && keys.size() == 2) {
        const SourcedCertificate* pairs[2] = {nullptr, nullptr};
        for (int k = 0; k < 2; ++k) {
            for (const auto& sc : std::as_const(certificates)) {
                if (!sc.certificate.isCa() && sc.certificate.matches(keys.at(k).key))
                    pairs[k] = &sc;
            }
        }
        if (pairs[0] && pairs[1] && isSm2(pairs[0]->certificate) && isSm2(pairs[1]->certificate)) {
            const int encIndex =
                allowsEncryption(pairs[0]->certificate) && !allowsSigning(pairs[0]->certificate) ? 0 : 1;
            bundle.encCertificate = pairs[encIndex]->certificate;
            bundle.encKey = keys.at(encIndex).key;
            const QByteArray encFingerprint = bundle.encCertificate.sha256();
            certificates.erase(
                std::remove_if(certificates.begin(), certificates.end(),
                               [&](const SourcedCertificate& sc) { return sc.certificate.sha256() == encFingerprint; }),
                certificates.end());
            keys.removeAt(encIndex);
            bundle.findings.append(finding(Severity::Info, QStringLiteral("enc.detected"), kEncCertificate,
                                           tr("Two SM2 certificates with their keys were found: \"%1\" is used as "
                                              "the encryption certificate (enc_certificate) by its key usage.")
                                               .arg(bundle.encCertificate.displayName())));
        }
    }

    // The private key decides the leaf.
    const SourcedKey* chosenKey = nullptr;
    for (const auto& key : std::as_const(keys)) {
        for (const auto& sc : std::as_const(certificates)) {
            if (sc.certificate.matches(key.key) && (!chosenKey || (!sc.certificate.isCa() && bundle.leaf.isCa()))) {
                chosenKey = &key;
                bundle.leaf = sc.certificate;
                bundle.leafSource = sc.source;
            }
        }
    }
    if (!chosenKey && !keys.isEmpty())
        chosenKey = &keys.first();
    if (chosenKey) {
        bundle.key = chosenKey->key;
        bundle.keySource = chosenKey->source;
        bundle.keyWasEncrypted = chosenKey->wasEncrypted;
    }
    if (keys.size() > 1) {
        bundle.findings.append(finding(
            Severity::Warning, QStringLiteral("key.multiple"), kPrivateKey,
            tr("%1 private keys were given; the one from %2 is used%3. Remove the "
               "others to be sure the right key is sent.")
                .arg(keys.size())
                .arg(bundle.keySource, bundle.leaf.isNull() ? QString() : tr(" (it matches the certificate)"))));
    }

    if (bundle.leaf.isNull() && !certificates.isEmpty()) {
        // No key matched: the leaf is the end of the chain that issues nothing else, preferring a non-CA.
        const SourcedCertificate* best = nullptr;
        for (const auto& candidate : std::as_const(certificates)) {
            const bool issuesOthers =
                std::any_of(certificates.cbegin(), certificates.cend(), [&](const SourcedCertificate& o) {
                    return &o != &candidate && o.certificate.namesIssuer(candidate.certificate) &&
                           !(o.certificate == candidate.certificate);
                });
            if (issuesOthers)
                continue;
            if (!best || (best->certificate.isCa() && !candidate.certificate.isCa()))
                best = &candidate;
        }
        if (!best)
            best = &certificates.first();
        bundle.leaf = best->certificate;
        bundle.leafSource = best->source;
        if (!bundle.key.isNull()) {
            bundle.findings.append(finding(
                Severity::Error, QStringLiteral("key.mismatch"), kPrivateKey,
                tr("The private key from %1 does not belong to the certificate \"%2\" (their public keys differ). "
                   "Choose the key that was created with this certificate's CSR, or the certificate issued for "
                   "this key.")
                    .arg(bundle.keySource, bundle.leaf.displayName()),
                QStringLiteral("SCM.0014"), bundle.keySource));
        }
    }

    if (!bundle.leaf.isNull())
        buildChain(bundle, certificates);
    checkEncryptionPair(bundle);
    if (!enc.certificates.isEmpty() || !enc.keys.isEmpty()) {
        // Separate encryption inputs: take them as given; checkEncryptionPair() was run on the detected pair only.
        bundle.encCertificate = enc.certificates.isEmpty() ? Certificate() : enc.certificates.first().certificate;
        bundle.encKey = enc.keys.isEmpty() ? PrivateKey() : enc.keys.first().key;
        if (enc.certificates.size() > 1) {
            // An encryption certificate file may carry its chain; only the leaf of it is the enc certificate.
            for (const auto& sc : enc.certificates) {
                if (!sc.certificate.isCa() &&
                    (!bundle.encKey.isNull() ? sc.certificate.matches(bundle.encKey) : true)) {
                    bundle.encCertificate = sc.certificate;
                    break;
                }
            }
        }
        checkEncryptionPair(bundle);
    }
    return bundle;
}

void BundleAssembler::buildChain(CertificateBundle& bundle, const QList<SourcedCertificate>& certificates) const
{
    QSet<QByteArray> used{bundle.leaf.sha256()};
    QList<const SourcedCertificate*> ordered; // leaf's issuer first
    Certificate current = bundle.leaf;
    while (!current.isSelfSigned()) {
        const SourcedCertificate* issuer = nullptr;
        for (const auto& candidate : certificates) {
            if (used.contains(candidate.certificate.sha256()) || !current.namesIssuer(candidate.certificate))
                continue;
            if (current.signatureVerifiedBy(candidate.certificate)) {
                issuer = &candidate;
                break;
            }
            bundle.findings.append(finding(
                Severity::Error, QStringLiteral("chain.bad-signature"), kChain,
                tr("\"%1\" (from %2) has the name of the issuer of \"%3\" but did not sign it: its signature does "
                   "not verify. It is not the real issuing certificate; get the intermediate certificate from your "
                   "CA again.")
                    .arg(candidate.certificate.displayName(), candidate.source, current.displayName()),
                QStringLiteral("SCM.0013"), candidate.source));
        }
        if (!issuer)
            break;
        used.insert(issuer->certificate.sha256());
        if (issuer->certificate.isSelfSigned()) {
            bundle.droppedRoots.append(issuer->certificate);
            bundle.chainComplete = true;
            break;
        }
        ordered.append(issuer);
        bundle.chain.append(issuer->certificate);
        current = issuer->certificate;
    }
    if (current.isSelfSigned())
        bundle.chainComplete = true;

    // Roots are left out: clients have them already, and sending one only lengthens the handshake.
    for (const auto& root : std::as_const(bundle.droppedRoots)) {
        if (bundle.chain.isEmpty()) {
            // A root that issued the leaf directly is all the chain there is; the service wants one.
            bundle.chain.append(root);
            bundle.rootKeptInChain = true;
            bundle.findings.append(finding(Severity::Info, QStringLiteral("chain.root-kept"), kChain,
                                           tr("\"%1\" is a root certificate that issued the certificate directly; "
                                              "it is sent as the chain because there is no intermediate.")
                                               .arg(root.displayName())));
        } else {
            bundle.findings.append(finding(Severity::Info, QStringLiteral("chain.root-dropped"), kChain,
                                           tr("The root certificate \"%1\" is left out: browsers and clients "
                                              "already have it, and the service does not need it.")
                                               .arg(root.displayName())));
        }
    }
    const Certificate topRoot = bundle.rootKeptInChain          ? bundle.chain.last()
                                : bundle.droppedRoots.isEmpty() ? Certificate()
                                                                : bundle.droppedRoots.first();
    if (bundle.rootKeptInChain)
        bundle.droppedRoots.clear();
    if (!topRoot.isNull() && !(m_trust && m_trust->hasIssuerOf(topRoot))) {
        bundle.findings.append(finding(
            Severity::Warning, QStringLiteral("chain.unknown-root"), kChain,
            tr("The chain ends at the root \"%1\", which is not a root this computer trusts. Browsers and clients "
               "trust the certificate only if they have this root installed. If it is your organisation's own root "
               "CA, name its file as a trusted root (ccmctl --trust-root FILE, or the profile's trusted root).")
                .arg(topRoot.displayName())));
    }
    if (!bundle.chainComplete && m_trust &&
        m_trust->hasIssuerOf(bundle.chain.isEmpty() ? bundle.leaf : bundle.chain.last()))
        bundle.chainComplete = true;

    for (const auto& sc : certificates) {
        if (!used.contains(sc.certificate.sha256()))
            bundle.unrelated.append(sc.certificate);
    }
    if (!bundle.unrelated.isEmpty()) {
        QStringList names;
        for (const auto& c : std::as_const(bundle.unrelated))
            names.append(QStringLiteral("\"%1\"").arg(c.displayName()));
        bundle.findings.append(finding(Severity::Warning, QStringLiteral("chain.unrelated"), kChain,
                                       tr("%1 did not issue \"%2\" or its intermediates and is left out. Check "
                                          "that you picked the files of the right certificate.")
                                           .arg(names.join(QLatin1String(", ")), bundle.leaf.displayName())));
    }

    // Order check: within each input, the leaf and its intermediates should appear leaf first, then each issuer.
    QList<int> sources;
    for (const auto& sc : certificates)
        if (!sources.contains(sc.sourceIndex))
            sources.append(sc.sourceIndex);
    QList<QByteArray> expected{bundle.leaf.sha256()};
    for (const auto& c : std::as_const(bundle.chain))
        expected.append(c.sha256());
    for (const auto& root : std::as_const(bundle.droppedRoots))
        expected.append(root.sha256());
    for (const int source : std::as_const(sources)) {
        int lastRank = -1;
        for (const auto& sc : certificates) {
            if (sc.sourceIndex != source)
                continue;
            const int rank = int(expected.indexOf(sc.certificate.sha256()));
            if (rank < 0)
                continue;
            if (rank < lastRank)
                bundle.reordered = true;
            lastRank = rank;
        }
    }
    if (bundle.reordered) {
        // Fixed here, nothing for the user to do: a note, not a warning.
        bundle.findings.append(finding(Severity::Info, QStringLiteral("chain.order"), kChain,
                                       tr("The certificates were not in order (server certificate first, then each "
                                          "issuer). They have been put in the right order for the upload; the "
                                          "service would otherwise reject the chain."),
                                       QStringLiteral("SCM.0079")));
    }

    if (bundle.chain.isEmpty()) {
        const auto details = CertificateDetails::from(bundle.leaf, {});
        const QString hint =
            details.caIssuerUrls.isEmpty()
                ? QString()
                : tr(" The certificate says its issuer can be downloaded from %1.").arg(details.caIssuerUrls.first());
        if (!bundle.leaf.isSelfSigned()) {
            bundle.findings.append(finding(
                Severity::Error, QStringLiteral("chain.no-intermediate"), kChain,
                tr("Only the server certificate was given, without the intermediate certificate(s) of \"%1\". The "
                   "service rejects a certificate without its chain: add the intermediate file your CA sent "
                   "(often named chain.pem, ca-bundle.crt or fullchain.pem).%2")
                    .arg(bundle.leaf.issuerCommonName().isEmpty() ? bundle.leaf.issuerDn()
                                                                  : bundle.leaf.issuerCommonName(),
                         hint),
                QStringLiteral("SCM.0013")));
        }
    } else if (!bundle.chainComplete) {
        const Certificate& last = bundle.chain.last();
        bundle.findings.append(finding(
            Severity::Warning, QStringLiteral("chain.incomplete"), kChain,
            tr("The chain ends at \"%1\", whose issuer \"%2\" is neither in the files nor a known root. Clients "
               "that do not have \"%2\" will not trust the certificate; add its certificate from your CA, or, if "
               "it is your organisation's own root CA, name its file as a trusted root (ccmctl --trust-root FILE, "
               "or the profile's trusted root).")
                .arg(last.displayName(),
                     last.issuerCommonName().isEmpty() ? last.issuerDn() : last.issuerCommonName())));
    }
}

void BundleAssembler::checkEncryptionPair(CertificateBundle& bundle) const
{
    if (!bundle.hasEncPair())
        return;
    // Previous findings about the pair are replaced (the pair may be checked twice when given separately).
    bundle.findings.erase(std::remove_if(bundle.findings.begin(), bundle.findings.end(),
                                         [](const Finding& f) {
                                             return f.code.startsWith(QLatin1String("enc.")) &&
                                                    f.code != QLatin1String("enc.detected");
                                         }),
                          bundle.findings.end());
    if (bundle.encCertificate.isNull() || bundle.encKey.isNull()) {
        bundle.findings.append(finding(Severity::Error, QStringLiteral("enc.incomplete"),
                                       bundle.encCertificate.isNull() ? kEncCertificate : kEncPrivateKey,
                                       bundle.encCertificate.isNull()
                                           ? tr("An encryption private key was given without its encryption "
                                                "certificate. Add the SM2 encryption certificate, or leave out both.")
                                           : tr("An encryption certificate was given without its private key. Add the "
                                                "SM2 encryption key (often enc.key), or leave out both.")));
        return;
    }
    if (!isSm2(bundle.leaf) || !isSm2(bundle.encCertificate)) {
        bundle.findings.append(finding(Severity::Warning, QStringLiteral("enc.unexpected"), kEncCertificate,
                                       tr("enc_certificate and enc_private_key are meant for Chinese SM2 dual "
                                          "certificates, but these certificates are not SM2. Leave them out unless "
                                          "your CA told you otherwise.")));
    }
    if (!bundle.encCertificate.matches(bundle.encKey)) {
        bundle.findings.append(finding(Severity::Error, QStringLiteral("enc.key-mismatch"), kEncPrivateKey,
                                       tr("The encryption private key does not belong to the encryption certificate "
                                          "\"%1\". Choose the key issued with the encryption certificate.")
                                           .arg(bundle.encCertificate.displayName()),
                                       QStringLiteral("SCM.0014")));
    }
    const bool signOk = allowsSigning(bundle.leaf);
    const bool encOk = allowsEncryption(bundle.encCertificate);
    if (!signOk && !encOk && allowsSigning(bundle.encCertificate) && allowsEncryption(bundle.leaf) &&
        bundle.leaf.matches(bundle.key) == bundle.encCertificate.matches(bundle.encKey)) {
        bundle.findings.append(finding(Severity::Error, QStringLiteral("enc.swapped"), kEncCertificate,
                                       tr("The signing and encryption certificates look swapped: \"certificate\" "
                                          "allows only encryption and \"enc_certificate\" only signing. Give the "
                                          "signing pair as the certificate and key, and the encryption pair as "
                                          "the encryption certificate and key.")));
    } else {
        if (!signOk) {
            bundle.findings.append(finding(Severity::Error, QStringLiteral("enc.sign-usage"), kCertificate,
                                           tr("The signing certificate \"%1\" does not allow digital signatures "
                                              "(key usage). In an SM dual pair the signing certificate needs "
                                              "digitalSignature; check that you did not pick the encryption one.")
                                               .arg(bundle.leaf.displayName())));
        }
        if (!encOk) {
            bundle.findings.append(finding(Severity::Error, QStringLiteral("enc.enc-usage"), kEncCertificate,
                                           tr("The encryption certificate \"%1\" allows neither key encipherment "
                                              "nor key agreement (key usage). Choose the encryption certificate "
                                              "of the pair.")
                                               .arg(bundle.encCertificate.displayName())));
        }
    }
    if (bundle.leaf.issuerDn() != bundle.encCertificate.issuerDn()) {
        bundle.findings.append(
            finding(Severity::Error, QStringLiteral("enc.issuer-mismatch"), kEncCertificate,
                    tr("The signing certificate was issued by \"%1\" but the encryption "
                       "certificate by \"%2\". Both halves of an SM dual pair come from the same "
                       "CA; choose the matching pair.")
                        .arg(bundle.leaf.issuerCommonName(), bundle.encCertificate.issuerCommonName())));
    }
}

} // namespace ccm
