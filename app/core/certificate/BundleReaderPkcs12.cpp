#include "certificate/BundleReader.h"

#include "certificate/BundleReaderParts.h"

#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <algorithm>
#include <vector>

// PKCS#12: cost checks before any key derivation, MAC and part decryption, the legacy provider on demand.

namespace ccm {

using namespace reader;

namespace {

/// What a PKCS#12 file holds once decrypted.
struct Pkcs12Contents
{
    ossl::PkeyPtr key; ///< the first key, as PKCS12_parse() keeps it
    std::vector<ossl::X509Ptr> certificates;
};

enum class Pkcs12Status {
    Parsed,
    WrongPassphrase,
    Failed,    ///< a part would not decrypt although the MAC matched (old algorithms without the legacy provider)
    TooCostly, ///< a key inside an encrypted part asks for an absurd derivation
};

/// Walks safe bags like PKCS12_parse() does, but checks every shrouded key's derivation cost before decrypting it.
Pkcs12Status collectBags(const STACK_OF(PKCS12_SAFEBAG) * bags, const char* passphrase, int length,
                         Pkcs12Contents& contents, pbe::Excess& excess, int depth)
{
    constexpr int kMaxDepth = 8;
    if (depth > kMaxDepth)
        return Pkcs12Status::Failed;
    for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        const PKCS12_SAFEBAG* bag = sk_PKCS12_SAFEBAG_value(bags, i);
        switch (PKCS12_SAFEBAG_get_nid(bag)) {
        case NID_keyBag:
            if (!contents.key)
                contents.key.reset(EVP_PKCS82PKEY(PKCS12_SAFEBAG_get0_p8inf(bag)));
            break;
        case NID_pkcs8ShroudedKeyBag: {
            if (contents.key)
                break;
            if (const auto tooMuch = pbe::excessOf(PKCS12_SAFEBAG_get0_pkcs8(bag))) {
                excess = *tooMuch;
                return Pkcs12Status::TooCostly;
            }
            ossl::P8InfoPtr info(PKCS12_decrypt_skey(bag, passphrase, length));
            if (!info)
                return Pkcs12Status::Failed;
            contents.key.reset(EVP_PKCS82PKEY(info.get()));
            break;
        }
        case NID_certBag:
            if (PKCS12_SAFEBAG_get_bag_nid(bag) == NID_x509Certificate) {
                if (ossl::X509Ptr x509(PKCS12_SAFEBAG_get1_cert(bag)); x509)
                    contents.certificates.push_back(std::move(x509));
            }
            break;
        case NID_safeContentsBag: {
            const auto status =
                collectBags(PKCS12_SAFEBAG_get0_safes(bag), passphrase, length, contents, excess, depth + 1);
            if (status != Pkcs12Status::Parsed)
                return status;
            break;
        }
        default:
            break;
        }
    }
    ossl::clearErrors();
    return Pkcs12Status::Parsed;
}

/// Verifies the MAC and decrypts the parts and keys with one passphrase. The caller has checked what
/// pbe::excessOf(p12) can see; keys inside encrypted parts are checked here before they are decrypted.
Pkcs12Status parsePkcs12(PKCS12* p12, const char* passphrase, int length, Pkcs12Contents& contents, pbe::Excess& excess)
{
    contents = {};
    if (PKCS12_mac_present(p12) && PKCS12_verify_mac(p12, passphrase, length) != 1) {
        ossl::clearErrors();
        return Pkcs12Status::WrongPassphrase;
    }
    ossl::Pkcs7StackPtr authSafes(PKCS12_unpack_authsafes(p12));
    if (!authSafes) {
        ossl::clearErrors();
        return Pkcs12Status::Failed;
    }
    for (int i = 0; i < sk_PKCS7_num(authSafes.get()); ++i) {
        PKCS7* part = sk_PKCS7_value(authSafes.get(), i);
        const int type = OBJ_obj2nid(part->type);
        if (type != NID_pkcs7_data && type != NID_pkcs7_encrypted)
            continue;
        ossl::SafeBagStackPtr bags(type == NID_pkcs7_data ? PKCS12_unpack_p7data(part)
                                                          : PKCS12_unpack_p7encdata(part, passphrase, length));
        if (!bags) {
            ossl::clearErrors();
            return Pkcs12Status::Failed;
        }
        const auto status = collectBags(bags.get(), passphrase, length, contents, excess, 0);
        if (status != Pkcs12Status::Parsed)
            return status;
    }
    ossl::clearErrors();
    return Pkcs12Status::Parsed;
}

} // namespace

void BundleReader::readPkcs12(PKCS12* p12, const InputSource& input, int sourceIndex, ReadResult& result) const
{
    // Every iteration count the file names is read before the first key derivation: a hostile file could
    // otherwise keep a core busy for minutes per passphrase tried.
    if (const auto excess = pbe::excessOf(p12)) {
        result.findings.append(costFinding(*excess, input.name, true));
        return;
    }
    Pkcs12Contents contents;
    pbe::Excess excess;
    bool legacyMissing = false;
    bool tooCostly = false;

    const auto parseWith = [&](const char* passphrase, int length) {
        auto status = parsePkcs12(p12, passphrase, length, contents, excess);
        if (status == Pkcs12Status::Failed) {
            // Old exports (RC2-40, 3DES) need OpenSSL's legacy provider; load it on demand and try once more.
            if (!ossl::ensureLegacyProvider()) {
                legacyMissing = true;
                return true; // the passphrase was right (or there is no MAC to tell); stop asking
            }
            status = parsePkcs12(p12, passphrase, length, contents, excess);
        }
        if (status == Pkcs12Status::TooCostly) {
            tooCostly = true;
            return true;
        }
        return status == Pkcs12Status::Parsed;
    };

    // Many exports have no passphrase: try an empty and an absent one before asking.
    bool parsed = parseWith("", 0) || parseWith(nullptr, 0);
    bool usedPassphrase = false;
    if (!parsed) {
        const auto outcome =
            askPassphrase(m_provider, input.name, PassphraseRequest::Kind::Pkcs12, [&](const SecureBytes& passphrase) {
                // PKCS12 APIs take a NUL-terminated string: make one that is wiped afterwards.
                SecureBytes terminated(passphrase.view());
                terminated.append(QByteArrayView("\0", 1));
                return parseWith(terminated.constData(), static_cast<int>(passphrase.size()));
            });
        if (outcome != PassphraseOutcome::Accepted) {
            result.findings.append(passphraseFinding(outcome, input.name, true));
            return;
        }
        parsed = true;
        usedPassphrase = true;
    }
    if (tooCostly) {
        result.findings.append(costFinding(excess, input.name, true));
        return;
    }
    if (legacyMissing) {
        result.findings.append(inputError(
            QStringLiteral("input.legacy-unavailable"),
            tr("%1 uses old encryption (RC2 or DES) that needs OpenSSL's legacy provider, which is not installed "
               "here. Export the PFX again with AES (e.g. `openssl pkcs12 -export` without -legacy), or install "
               "the OpenSSL legacy provider.")
                .arg(input.name),
            input.name));
        return;
    }
    if (!contents.key && contents.certificates.empty()) {
        result.findings.append(inputError(
            QStringLiteral("input.empty-pkcs12"),
            tr("%1 is a PKCS#12 file with nothing in it. Export it again with the certificate and private key.")
                .arg(input.name),
            input.name));
        return;
    }
    if (contents.key) {
        // The certificate of the key comes first, as PKCS12_parse() returns it apart from the others.
        const auto own =
            std::find_if(contents.certificates.begin(), contents.certificates.end(), [&](const ossl::X509Ptr& x509) {
                const bool matches = X509_check_private_key(x509.get(), contents.key.get());
                ossl::clearErrors();
                return matches;
            });
        if (own != contents.certificates.end())
            std::rotate(contents.certificates.begin(), own, own + 1);
        result.keys.append(SourcedKey{PrivateKey(std::move(contents.key)), input.name, usedPassphrase});
    }
    for (auto& x509 : contents.certificates)
        addCertificate(Certificate(std::move(x509)), input, sourceIndex, result);
}

} // namespace ccm
