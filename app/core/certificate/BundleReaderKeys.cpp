#include "certificate/BundleReader.h"

#include "certificate/BundleReaderParts.h"

#include <openssl/decoder.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <algorithm>
#include <cstring>

// Private keys: PKCS#8 decoding, PEM keys (traditional and PKCS#8), encrypted PKCS#8 DER, and the passphrase loop.

namespace ccm {

namespace {

int passphraseCallback(char* buffer, int size, int /*rwflag*/, void* userdata)
{
    const auto* passphrase = static_cast<const SecureBytes*>(userdata);
    if (!passphrase || size <= 0)
        return 0;
    const int length = static_cast<int>(std::min<qsizetype>(passphrase->size(), size));
    std::memcpy(buffer, passphrase->constData(), static_cast<size_t>(length));
    return length;
}

int noPassphraseCallback(char* /*buffer*/, int /*size*/, int /*rwflag*/, void* /*userdata*/)
{
    return 0;
}

} // namespace

namespace reader {

ossl::PkeyPtr decodePrivateKeyInfo(const QByteArray& der)
{
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    ossl::P8InfoPtr info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &cursor, static_cast<long>(der.size())));
    if (!info || cursor != reinterpret_cast<const unsigned char*>(der.constData()) + der.size()) {
        ossl::clearErrors();
        return {};
    }
    const ASN1_OBJECT* algorithm = nullptr;
    const X509_ALGOR* identifier = nullptr;
    PKCS8_pkey_get0(&algorithm, nullptr, nullptr, &identifier, info.get());
    const char* keyType = nullptr;
    switch (OBJ_obj2nid(algorithm)) {
    case NID_rsaEncryption:
        keyType = "RSA";
        break;
    case NID_rsassaPss:
        keyType = "RSA-PSS";
        break;
    case NID_ED25519:
        keyType = "ED25519";
        break;
    case NID_ED448:
        keyType = "ED448";
        break;
    case NID_sm2:
        keyType = "SM2";
        break;
    case NID_X9_62_id_ecPublicKey: {
        int parameterType = 0;
        const void* parameter = nullptr;
        X509_ALGOR_get0(nullptr, &parameterType, &parameter, identifier);
        const bool sm2 =
            parameterType == V_ASN1_OBJECT && OBJ_obj2nid(static_cast<const ASN1_OBJECT*>(parameter)) == NID_sm2;
        keyType = sm2 ? "SM2" : "EC";
        break;
    }
    default:
        break;
    }
    // The decoder writes the key it makes into `made`; it is owned on the line after the decoding call.
    EVP_PKEY* made = nullptr;
    ossl::DecoderCtxPtr decoder(
        OSSL_DECODER_CTX_new_for_pkey(&made, "DER", "PrivateKeyInfo", keyType, EVP_PKEY_KEYPAIR, nullptr, nullptr));
    if (!decoder) {
        ossl::clearErrors();
        return {};
    }
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    size_t length = static_cast<size_t>(der.size());
    const bool decoded = OSSL_DECODER_from_data(decoder.get(), &data, &length) == 1;
    ossl::PkeyPtr key(made);
    ossl::clearErrors();
    if (!decoded)
        key.reset();
    return key;
}

PassphraseOutcome askPassphrase(PassphraseProvider* provider, const QString& source, PassphraseRequest::Kind kind,
                                const std::function<bool(const SecureBytes&)>& attempt)
{
    if (!provider)
        return PassphraseOutcome::NoProvider;
    bool previousWasWrong = false;
    for (int i = 1; i <= BundleReader::kMaxPassphraseAttempts; ++i) {
        const auto passphrase = provider->passphrase(PassphraseRequest{source, kind, i, previousWasWrong});
        if (!passphrase)
            return previousWasWrong ? PassphraseOutcome::Wrong : PassphraseOutcome::Declined;
        if (attempt(*passphrase))
            return PassphraseOutcome::Accepted;
        previousWasWrong = true;
    }
    return PassphraseOutcome::Wrong;
}

Finding passphraseFinding(PassphraseOutcome outcome, const QString& source, bool container)
{
    const QString what = container ? BundleReader::tr("The PKCS#12 file %1").arg(source)
                                   : BundleReader::tr("The private key in %1").arg(source);
    if (outcome == PassphraseOutcome::Wrong) {
        return inputError(QStringLiteral("input.passphrase-wrong"),
                          BundleReader::tr("%1 could not be decrypted: the passphrase is wrong. Enter the passphrase "
                                           "that was set when the file was exported (it is case-sensitive).")
                              .arg(what),
                          source, kPrivateKeyField);
    }
    return inputError(QStringLiteral("input.passphrase-needed"),
                      BundleReader::tr("%1 is protected by a passphrase. Provide it (in ccmctl with "
                                       "--passphrase-file or --passphrase-stdin); the key is decrypted in memory "
                                       "and sent unencrypted, as the service requires.")
                          .arg(what),
                      source, kPrivateKeyField);
}

} // namespace reader

using namespace reader;

void BundleReader::readPemKey(const QByteArray& pem, bool encrypted, const InputSource& input, ReadResult& result) const
{
    if (!encrypted) {
        auto bio = ossl::readBio(pem);
        ossl::PkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphraseCallback, nullptr));
        if (!key) {
            result.findings.append(
                inputError(QStringLiteral("input.corrupt-key"),
                           tr("%1: the private key could not be read (%2). Copy it again from the original file.")
                               .arg(input.name, ossl::drainErrors().section(QLatin1Char('\n'), 0, 0)),
                           input.name, kPrivateKeyField, QStringLiteral("SCM.0012")));
            return;
        }
        result.keys.append(SourcedKey{PrivateKey(std::move(key)), input.name, false});
        return;
    }
    ossl::PkeyPtr decrypted;
    const auto outcome =
        askPassphrase(m_provider, input.name, PassphraseRequest::Kind::PrivateKey, [&](const SecureBytes& passphrase) {
            auto bio = ossl::readBio(pem);
            decrypted.reset(
                PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, const_cast<SecureBytes*>(&passphrase)));
            ossl::clearErrors();
            return decrypted != nullptr;
        });
    if (outcome != PassphraseOutcome::Accepted) {
        result.findings.append(passphraseFinding(outcome, input.name, false));
        return;
    }
    result.keys.append(SourcedKey{PrivateKey(std::move(decrypted)), input.name, true});
}

void BundleReader::readEncryptedPkcs8Der(const QByteArray& der, const InputSource& input, ReadResult& result) const
{
    {
        ossl::X509SigPtr sig(parseWhole<ossl::X509SigPtr>(der, d2i_X509_SIG));
        if (const auto excess = pbe::excessOf(sig.get())) {
            result.findings.append(costFinding(*excess, input.name, false));
            return;
        }
    }
    ossl::PkeyPtr decrypted;
    const auto outcome =
        askPassphrase(m_provider, input.name, PassphraseRequest::Kind::PrivateKey, [&](const SecureBytes& passphrase) {
            ossl::X509SigPtr sig(parseWhole<ossl::X509SigPtr>(der, d2i_X509_SIG));
            if (!sig)
                return false;
            ossl::P8InfoPtr info(PKCS8_decrypt(sig.get(), passphrase.constData(), static_cast<int>(passphrase.size())));
            if (info)
                decrypted.reset(EVP_PKCS82PKEY(info.get()));
            ossl::clearErrors();
            return decrypted != nullptr;
        });
    if (outcome != PassphraseOutcome::Accepted) {
        result.findings.append(passphraseFinding(outcome, input.name, false));
        return;
    }
    result.keys.append(SourcedKey{PrivateKey(std::move(decrypted)), input.name, true});
}

} // namespace ccm
