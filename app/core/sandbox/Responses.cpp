#include "sandbox/Responses.h"

#include <QJsonDocument>
#include <QLocale>

#include <openssl/crypto.h>

namespace ccm::sandbox {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpResponse jsonResponse(int status, const QJsonObject& object)
{
    return HttpResponse{status, {{"Content-Type", "application/json;charset=UTF-8"}}, json(object)};
}

HttpResponse errorResponse(int status, const QString& code, const QString& message)
{
    return jsonResponse(status,
                        QJsonObject{{QStringLiteral("error_code"), code}, {QStringLiteral("error_msg"), message}});
}

HttpResponse notFound()
{
    return errorResponse(404, QStringLiteral("APIG.0101"),
                         QStringLiteral("The API does not exist or has not been published in the environment."));
}

QByteArray httpDate(const QDateTime& time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

} // namespace ccm::sandbox
