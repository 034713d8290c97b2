#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>
#include <utility>

namespace ccm::test {

/// One finished exchange with the sandbox, as the tests look at it.
struct Exchange
{
    int status = 0; ///< 0 when there was no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QJsonObject json; ///< empty when the body is not a JSON object
    bool jsonValid = false;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray& name) const;
    QString errorCode() const { return json.value(QLatin1String("error_code")).toString(); }
};

/// A blocking request helper over QNetworkAccessManager for tests (waits in a local event loop).
class SandboxClient
{
public:
    explicit SandboxClient(QUrl endpoint);

    void setSslConfiguration(const QSslConfiguration& configuration) { m_ssl = configuration; }

    /// With `oneShot`, the body goes out as the product sends imports (cloud::detail::oneShotBody): the network
    /// layer cannot send it a second time by itself. Without it, plain QNetworkAccessManager behaviour.
    Exchange send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
                  const QList<std::pair<QByteArray, QByteArray>>& headers = {}, bool oneShot = false);

private:
    QUrl m_endpoint;
    QNetworkAccessManager m_manager;
    std::optional<QSslConfiguration> m_ssl;
};

} // namespace ccm::test
