#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <openssl/bio.h>
#include <openssl/decoder.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace ccm::ossl {

/// A unique_ptr whose deleter is an OpenSSL free function, named where the object is created.
template<typename T, void (*Free)(T*)>
struct Deleter
{
    void operator()(T* p) const noexcept { Free(p); }
};

using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Pkcs7Ptr = std::unique_ptr<PKCS7, Deleter<PKCS7, PKCS7_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, Deleter<PKCS12, PKCS12_free>>;
using X509SigPtr = std::unique_ptr<X509_SIG, Deleter<X509_SIG, X509_SIG_free>>;
using P8InfoPtr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, Deleter<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;
using X509ReqPtr = std::unique_ptr<X509_REQ, Deleter<X509_REQ, X509_REQ_free>>;
using DecoderCtxPtr = std::unique_ptr<OSSL_DECODER_CTX, Deleter<OSSL_DECODER_CTX, OSSL_DECODER_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;

inline void freeX509Stack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}
using X509StackPtr = std::unique_ptr<STACK_OF(X509), Deleter<STACK_OF(X509), freeX509Stack>>;

inline void freePkcs7Stack(STACK_OF(PKCS7) * stack)
{
    sk_PKCS7_pop_free(stack, PKCS7_free);
}
inline void freeSafeBagStack(STACK_OF(PKCS12_SAFEBAG) * stack)
{
    sk_PKCS12_SAFEBAG_pop_free(stack, PKCS12_SAFEBAG_free);
}
using Pkcs7StackPtr = std::unique_ptr<STACK_OF(PKCS7), Deleter<STACK_OF(PKCS7), freePkcs7Stack>>;
using SafeBagStackPtr = std::unique_ptr<STACK_OF(PKCS12_SAFEBAG), Deleter<STACK_OF(PKCS12_SAFEBAG), freeSafeBagStack>>;

inline void freeGeneralNames(GENERAL_NAMES* names)
{
    GENERAL_NAMES_free(names);
}
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES, freeGeneralNames>>;

inline void freeOpenSslBuffer(unsigned char* buffer)
{
    OPENSSL_free(buffer);
}
/// A buffer OpenSSL allocated for the caller (ASN1_STRING_to_UTF8, i2d_* with a null output pointer).
using OpenSslBufferPtr = std::unique_ptr<unsigned char, Deleter<unsigned char, freeOpenSslBuffer>>;

// Extensions decoded by X509_get_ext_d2i() (which returns void*: cast where the pointer is adopted).
using Asn1OctetStringPtr = std::unique_ptr<ASN1_OCTET_STRING, Deleter<ASN1_OCTET_STRING, ASN1_OCTET_STRING_free>>;
using CrlDistPointsPtr = std::unique_ptr<CRL_DIST_POINTS, Deleter<CRL_DIST_POINTS, CRL_DIST_POINTS_free>>;
using AuthorityInfoAccessPtr =
    std::unique_ptr<AUTHORITY_INFO_ACCESS, Deleter<AUTHORITY_INFO_ACCESS, AUTHORITY_INFO_ACCESS_free>>;
using ExtendedKeyUsagePtr = std::unique_ptr<EXTENDED_KEY_USAGE, Deleter<EXTENDED_KEY_USAGE, EXTENDED_KEY_USAGE_free>>;
using BasicConstraintsPtr = std::unique_ptr<BASIC_CONSTRAINTS, Deleter<BASIC_CONSTRAINTS, BASIC_CONSTRAINTS_free>>;

/// The text of an ASN.1 string as UTF-8 (ASN1_STRING_to_UTF8, its buffer owned at once); empty when it has none or
/// cannot be converted.
QString asn1Utf8(const ASN1_STRING* string);

/// Takes every entry of this thread's OpenSSL error queue, oldest first, as one line each; leaves the queue empty.
QString drainErrors();
/// Clears this thread's error queue without reporting it.
void clearErrors();

/// A read-only memory BIO over the given bytes; the bytes must outlive the BIO.
BioPtr readBio(QByteArrayView data);
/// An empty, growable memory BIO.
BioPtr memoryBio();
/// Everything written to a memory BIO.
QByteArray bioContents(BIO* bio);

/// Loads OpenSSL's legacy provider (RC2, DES…) into the default library context once. False when it is not installed.
bool ensureLegacyProvider();

/// Lower-case hex of bytes, optionally with a separator between octets.
QString toHex(QByteArrayView bytes, char separator = 0);

} // namespace ccm::ossl
