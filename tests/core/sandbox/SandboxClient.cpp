#include "SandboxClient.h"

#include "cloud/HttpSupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>

namespace ccm::test {

QByteArray Exchange::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxClient::SandboxClient(QUrl endpoint)
    : m_endpoint(std::move(endpoint))
{}

Exchange SandboxClient::send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
                             const QList<std::pair<QByteArray, QByteArray>>& headers, bool oneShot)
{
    QUrl url = m_endpoint.resolved(QUrl(pathAndQuery));
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = nullptr;
    if (oneShot) {
        QIODevice* device = cloud::detail::oneShotBody(request, body);
        reply = m_manager.sendCustomRequest(request, method, device);
        device->setParent(reply);
    } else {
        reply = body.isEmpty() && method != "POST" ? m_manager.sendCustomRequest(request, method)
                                                   : m_manager.sendCustomRequest(request, method, body);
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    Exchange exchange;
    exchange.elapsedMs = timer.elapsed();
    exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    exchange.error = reply->error();
    exchange.errorString = reply->errorString();
    exchange.body = reply->readAll();
    exchange.headers = reply->rawHeaderPairs();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(exchange.body, &parseError);
    exchange.jsonValid = parseError.error == QJsonParseError::NoError;
    exchange.json = document.object();
    reply->deleteLater();
    return exchange;
}

} // namespace ccm::test
