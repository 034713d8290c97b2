#include "certificate/PbeLimits.h"

#include "certificate/OpenSsl.h"

#include <openssl/asn1t.h>

#include <limits>
#include <memory>

namespace ccm::pbe {

namespace {

/// Safe contents nest; nobody nests them deeper than this, and a hostile file must not recurse without end.
constexpr int kMaxDepth = 8;

template<typename T, void (*Free)(T*)>
std::unique_ptr<T, ossl::Deleter<T, Free>> unpack(const X509_ALGOR* algorithm, const ASN1_ITEM* item)
{
    int type = 0;
    const void* parameter = nullptr;
    X509_ALGOR_get0(nullptr, &type, &parameter, algorithm);
    if (type != V_ASN1_SEQUENCE || !parameter)
        return {};
    ASN1_TYPE wrapper;
    wrapper.type = V_ASN1_SEQUENCE;
    wrapper.value.sequence = static_cast<ASN1_STRING*>(const_cast<void*>(parameter));
    std::unique_ptr<T, ossl::Deleter<T, Free>> parsed(static_cast<T*>(ASN1_TYPE_unpack_sequence(item, &wrapper)));
    ossl::clearErrors();
    return parsed;
}

/// An INTEGER as a non-negative count; one that does not fit (or is negative) counts as "more than anything".
std::uint64_t countOf(const ASN1_INTEGER* integer, std::uint64_t absent)
{
    if (!integer)
        return absent;
    std::uint64_t value = 0;
    if (ASN1_INTEGER_get_uint64(&value, integer) != 1) {
        ossl::clearErrors();
        return ASN1_STRING_length(integer) > 0 && (integer->type & V_ASN1_NEG)
                   ? 0
                   : std::numeric_limits<std::uint64_t>::max();
    }
    return value;
}

std::optional<Excess> iterationExcess(const ASN1_INTEGER* iterations)
{
    const std::uint64_t count = countOf(iterations, 1);
    if (count > std::uint64_t(kMaxIterations))
        return Excess{Excess::Kind::Iterations, count};
    return std::nullopt;
}

std::optional<Excess> scryptExcess(const SCRYPT_PARAMS* params)
{
    const std::uint64_t n = countOf(params->costParameter, 0);
    const std::uint64_t r = countOf(params->blockSize, 0);
    const std::uint64_t p = countOf(params->parallelizationParameter, 0);
    // Products are computed so that they saturate instead of wrapping around.
    const auto times = [](std::uint64_t a, std::uint64_t b) {
        constexpr std::uint64_t huge = std::numeric_limits<std::uint64_t>::max();
        return a != 0 && b > huge / a ? huge : a * b;
    };
    const std::uint64_t memory = times(times(128, n), r);
    if (memory > kMaxScryptMemory)
        return Excess{Excess::Kind::ScryptMemory, memory};
    const std::uint64_t work = times(times(n, r), p);
    if (work > kMaxScryptWork)
        return Excess{Excess::Kind::ScryptWork, work};
    return std::nullopt;
}

} // namespace

std::optional<Excess> excessOf(const X509_ALGOR* algorithm)
{
    if (!algorithm)
        return std::nullopt;
    const ASN1_OBJECT* object = nullptr;
    X509_ALGOR_get0(&object, nullptr, nullptr, algorithm);
    if (OBJ_obj2nid(object) != NID_pbes2) {
        // PKCS#5 v1 and PKCS#12 PBE algorithms all take PBEParameter {salt, iterationCount}.
        const auto params = unpack<PBEPARAM, PBEPARAM_free>(algorithm, ASN1_ITEM_rptr(PBEPARAM));
        return params ? iterationExcess(params->iter) : std::nullopt;
    }
    const auto pbes2 = unpack<PBE2PARAM, PBE2PARAM_free>(algorithm, ASN1_ITEM_rptr(PBE2PARAM));
    if (!pbes2 || !pbes2->keyfunc)
        return std::nullopt;
    const ASN1_OBJECT* kdf = nullptr;
    X509_ALGOR_get0(&kdf, nullptr, nullptr, pbes2->keyfunc);
    switch (OBJ_obj2nid(kdf)) {
    case NID_id_pbkdf2:
        if (const auto params = unpack<PBKDF2PARAM, PBKDF2PARAM_free>(pbes2->keyfunc, ASN1_ITEM_rptr(PBKDF2PARAM)))
            return iterationExcess(params->iter);
        return std::nullopt;
    case NID_id_scrypt:
        if (const auto params =
                unpack<SCRYPT_PARAMS, SCRYPT_PARAMS_free>(pbes2->keyfunc, ASN1_ITEM_rptr(SCRYPT_PARAMS)))
            return scryptExcess(params.get());
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

std::optional<Excess> excessOf(const X509_SIG* encryptedKey)
{
    if (!encryptedKey)
        return std::nullopt;
    const X509_ALGOR* algorithm = nullptr;
    X509_SIG_get0(encryptedKey, &algorithm, nullptr);
    return excessOf(algorithm);
}

std::optional<Excess> excessOf(const STACK_OF(PKCS12_SAFEBAG) * bags, int depth)
{
    if (!bags)
        return std::nullopt;
    if (depth > kMaxDepth)
        return std::nullopt; // the parse refuses such nesting by itself
    for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        const PKCS12_SAFEBAG* bag = sk_PKCS12_SAFEBAG_value(bags, i);
        std::optional<Excess> excess;
        switch (PKCS12_SAFEBAG_get_nid(bag)) {
        case NID_pkcs8ShroudedKeyBag:
            excess = excessOf(PKCS12_SAFEBAG_get0_pkcs8(bag));
            break;
        case NID_safeContentsBag:
            excess = excessOf(PKCS12_SAFEBAG_get0_safes(bag), depth + 1);
            break;
        default:
            break;
        }
        if (excess)
            return excess;
    }
    return std::nullopt;
}

std::optional<Excess> excessOf(const PKCS12* p12)
{
    if (!p12)
        return std::nullopt;
    if (PKCS12_mac_present(p12)) {
        const ASN1_INTEGER* iterations = nullptr;
        PKCS12_get0_mac(nullptr, nullptr, nullptr, &iterations, p12);
        if (auto excess = iterationExcess(iterations))
            return excess;
    }
    ossl::Pkcs7StackPtr authSafes(PKCS12_unpack_authsafes(p12));
    ossl::clearErrors();
    if (!authSafes)
        return std::nullopt;
    for (int i = 0; i < sk_PKCS7_num(authSafes.get()); ++i) {
        PKCS7* part = sk_PKCS7_value(authSafes.get(), i);
        std::optional<Excess> excess;
        switch (OBJ_obj2nid(part->type)) {
        case NID_pkcs7_data: {
            ossl::SafeBagStackPtr bags(PKCS12_unpack_p7data(part));
            ossl::clearErrors();
            excess = excessOf(bags.get());
            break;
        }
        case NID_pkcs7_encrypted:
            if (part->d.encrypted && part->d.encrypted->enc_data)
                excess = excessOf(part->d.encrypted->enc_data->algorithm);
            break;
        default:
            break;
        }
        if (excess)
            return excess;
    }
    return std::nullopt;
}

} // namespace ccm::pbe
