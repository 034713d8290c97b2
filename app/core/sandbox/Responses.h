#pragma once

// Internal to the sandbox module: the answers the emulated services give, in their own formats.

#include "sandbox/HttpServer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ccm::sandbox {

inline const QString kAuthFailed = QStringLiteral("APIG.0301");
inline const QString kTokenFailed = QStringLiteral("APIG.0307");
inline const QString kInvalidParameter = QStringLiteral("SCM.0005");

QByteArray json(const QJsonObject& object);
HttpResponse jsonResponse(int status, const QJsonObject& object);
/// The service's error format: {"error_code": ..., "error_msg": ...}.
HttpResponse errorResponse(int status, const QString& code, const QString& message);
/// The gateway's answer for a path or method it does not publish.
HttpResponse notFound();
/// RFC 7231 date, as the gateway's Date header (clients compare it with their clock after APIG.0301).
QByteArray httpDate(const QDateTime& time);
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace ccm::sandbox
