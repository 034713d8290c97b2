#include "certificate/OpenSsl.h"

#include "common/Logging.h"

#include <QStringList>

#include <openssl/err.h>
#include <openssl/provider.h>

#include <mutex>

namespace ccm::ossl {

QString drainErrors()
{
    QStringList lines;
    const char* file = nullptr;
    const char* func = nullptr;
    int line = 0;
    const char* data = nullptr;
    int flags = 0;
    while (unsigned long code = ERR_get_error_all(&file, &line, &func, &data, &flags)) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        QString text = QString::fromLatin1(buffer);
        if (data && (flags & ERR_TXT_STRING) && *data)
            text += QStringLiteral(" (") + QString::fromUtf8(data) + QLatin1Char(')');
        lines << text;
    }
    return lines.join(QLatin1Char('\n'));
}

void clearErrors()
{
    ERR_clear_error();
}

QString asn1Utf8(const ASN1_STRING* string)
{
    if (!string)
        return {};
    unsigned char* buffer = nullptr;
    const int length = ASN1_STRING_to_UTF8(&buffer, string);
    const OpenSslBufferPtr utf8(buffer); // owned before anything else can return
    if (length < 0)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char*>(utf8.get()), length);
}

BioPtr readBio(QByteArrayView data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
}

BioPtr memoryBio()
{
    return BioPtr(BIO_new(BIO_s_mem()));
}

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 ? QByteArray(data, length) : QByteArray();
}

bool ensureLegacyProvider()
{
    static std::once_flag once;
    static bool available = false;
    // Kept for the life of the process; held here so leak checkers see it as owned.
    static OSSL_PROVIDER* provider = nullptr;
    std::call_once(once, [] {
        // retain_fallbacks = 1 keeps the default provider active next to the legacy one.
        provider = OSSL_PROVIDER_try_load(nullptr, "legacy", 1);
        available = provider != nullptr;
        if (!available) {
            qCInfo(lcCertificate) << "OpenSSL legacy provider not available:" << drainErrors();
        }
    });
    return available;
}

QString toHex(QByteArrayView bytes, char separator)
{
    return QString::fromLatin1(QByteArray(bytes.constData(), bytes.size()).toHex(separator));
}

} // namespace ccm::ossl
