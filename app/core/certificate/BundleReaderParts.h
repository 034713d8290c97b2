#pragma once

// Internal to the certificate module: what BundleReader.cpp, BundleReaderPem.cpp, BundleReaderKeys.cpp and
// BundleReaderPkcs12.cpp share. Not part of the module's interface.

#include "certificate/BundleReader.h"
#include "certificate/OpenSsl.h"
#include "certificate/PbeLimits.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace ccm {

struct BundleReader::Block
{
    QByteArray label;
    QByteArray headers; ///< RFC 1421 headers (Proc-Type, DEK-Info) of traditional encrypted keys, with line ends
    QByteArray base64;  ///< the body without whitespace
    /// The block again as PEM, with its body wrapped at 64 columns.
    QByteArray canonicalPem() const;
};

namespace reader {

inline const QString kInput = QStringLiteral("input");
inline const QString kPrivateKeyField = QStringLiteral("private_key");

/// True when data holds only whitespace (BundleReaderPem.cpp, like the two below).
bool isBlank(const QByteArray& data);
/// True when bytes look like text rather than a binary container: no NULs and few control characters.
bool looksLikeText(const QByteArray& data);
/// Drops a BOM, decodes UTF-16 and turns literal "\n" in pasted PEM into line ends.
QByteArray normalizeText(QByteArray data);

/// An error finding for an input that cannot be read (Finding::unreadableInput); its code is input.*.
Finding inputError(const QString& code, const QString& message, const QString& source,
                   const QString& field = QStringLiteral("input"), const QString& scmCode = {});
/// The finding for a file whose key derivation would cost too much; container: a PKCS#12 file, else a key.
Finding costFinding(const pbe::Excess& excess, const QString& source, bool container);

/// Parses DER as one object and returns it only when it spans all of der; trailing bytes mean it is something else.
template<typename Ptr, typename D2i>
Ptr parseWhole(const QByteArray& der, D2i d2i)
{
    const auto* start = reinterpret_cast<const unsigned char*>(der.constData());
    const auto* cursor = start;
    Ptr object(d2i(nullptr, &cursor, static_cast<long>(der.size())));
    ossl::clearErrors();
    if (object && cursor != start + der.size())
        object.reset();
    return object;
}

/// Decodes an unencrypted PKCS#8 PrivateKeyInfo; null when der is not such a structure (BundleReaderKeys.cpp).
ossl::PkeyPtr decodePrivateKeyInfo(const QByteArray& der);

/// How the passphrase loop ended.
enum class PassphraseOutcome {
    Accepted,
    Declined,
    Wrong,
    NoProvider,
};

/// Asks the provider up to BundleReader::kMaxPassphraseAttempts times; attempt() returns true when the answer worked.
PassphraseOutcome askPassphrase(PassphraseProvider* provider, const QString& source, PassphraseRequest::Kind kind,
                                const std::function<bool(const SecureBytes&)>& attempt);
/// The finding for a passphrase that was not given or was wrong; container: a PKCS#12 file, else a key.
Finding passphraseFinding(PassphraseOutcome outcome, const QString& source, bool container);

} // namespace reader
} // namespace ccm
