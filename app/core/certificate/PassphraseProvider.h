#pragma once

#include "common/SecureBytes.h"

#include <QString>

#include <optional>

namespace ccm {

/// What a passphrase is wanted for; the GUI and the CLI word their prompt after it.
struct PassphraseRequest
{
    enum class Kind {
        PrivateKey, ///< an encrypted private key (PKCS#8 or traditional PEM)
        Pkcs12,     ///< a PKCS#12 / PFX container
    };
    QString source; ///< file name or "pasted text"
    Kind kind = Kind::PrivateKey;
    int attempt = 1;               ///< 1 for the first question about this source
    bool previousWasWrong = false; ///< the last answer for this source did not decrypt it
};

/// The core asks for passphrases through this; the GUI shows a dialog, the CLI reads a file, stdin or the TTY.
class PassphraseProvider
{
public:
    virtual ~PassphraseProvider() = default;
    /// The passphrase to try, or nullopt when the user declines (cancel, none available).
    virtual std::optional<SecureBytes> passphrase(const PassphraseRequest& request) = 0;
};

/// Answers every first question with one known passphrase and declines retries; for --passphrase-file and tests.
class FixedPassphraseProvider final : public PassphraseProvider
{
public:
    explicit FixedPassphraseProvider(SecureBytes passphrase)
        : m_passphrase(std::move(passphrase))
    {}
    std::optional<SecureBytes> passphrase(const PassphraseRequest& request) override
    {
        if (request.previousWasWrong)
            return std::nullopt;
        return m_passphrase;
    }

private:
    SecureBytes m_passphrase;
};

} // namespace ccm
