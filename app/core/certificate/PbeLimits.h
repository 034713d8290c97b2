#pragma once

#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <cstdint>
#include <optional>

namespace ccm::pbe {

/// Most key-derivation iterations (PBKDF2, PKCS#12 KDF, PBES1) accepted for one derivation. Exporters use 2,000
/// (Windows, OpenSSL 1.x: 2048) to 10,000 (Java keytool, OpenSSL 3 pkcs12) and hardened setups a few hundred
/// thousand (OWASP: 600,000 for PBKDF2-HMAC-SHA256). One million costs about 0.3-1 s per derivation; a PFX needs up
/// to three per passphrase tried (MAC, certificates, key), and the reader tries two empty ones before asking.
inline constexpr std::int64_t kMaxIterations = 1'000'000;
/// Most memory an scrypt derivation may take (128·N·r bytes): OpenSSL's own default ceiling, so a key beyond it is
/// refused with a clear reason instead of failing like a wrong passphrase.
inline constexpr std::uint64_t kMaxScryptMemory = 32ull * 1024 * 1024;
/// Most scrypt work (N·r·p): 32 times `openssl pkcs8 -scrypt`'s N=16384, r=8, p=1 (a few seconds at most).
inline constexpr std::uint64_t kMaxScryptWork = std::uint64_t(1) << 22;

/// Why a derivation would cost too much.
struct Excess
{
    enum class Kind {
        Iterations,   ///< value: the iteration count (INT64_MAX when it does not even fit)
        ScryptMemory, ///< value: bytes of memory
        ScryptWork,   ///< value: N·r·p
    };
    Kind kind = Kind::Iterations;
    std::uint64_t value = 0;
};

/// The excess of one encryption algorithm identifier (PBES1, PKCS#12 PBE, PBES2 with PBKDF2 or scrypt), read from its
/// parameters without deriving anything; nullopt when it is within the limits or not a password-based algorithm.
std::optional<Excess> excessOf(const X509_ALGOR* algorithm);

/// The same for an encrypted PKCS#8 key (EncryptedPrivateKeyInfo).
std::optional<Excess> excessOf(const X509_SIG* encryptedKey);

/// The same for everything in a PKCS#12 file that can be read without its passphrase: the MAC's iteration count,
/// the algorithms of the encrypted parts and of shrouded keys outside them. Keys inside an encrypted part are
/// checked when that part has been decrypted (see excessOf(const X509_SIG*)).
std::optional<Excess> excessOf(const PKCS12* p12);

/// The same for safe bags (shrouded keys, nested safe contents), not decrypting anything.
std::optional<Excess> excessOf(const STACK_OF(PKCS12_SAFEBAG) * bags, int depth = 0);

} // namespace ccm::pbe
