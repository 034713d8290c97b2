#include "sandbox/HttpServer.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace ccm::sandbox {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ccm::sandbox::HttpServer)
};

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [&](const auto& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

HttpReply::HttpReply(HttpServer* server, QTcpSocket* socket)
    : m_server(server)
    , m_socket(socket)
{}

void HttpReply::send(const HttpResponse& response) const
{
    if (m_server && m_socket)
        m_server->writeResponse(m_socket, response);
}

void HttpReply::cutOff(const HttpResponse& response) const
{
    if (m_server && m_socket)
        m_server->writeResponse(m_socket, response, true);
}

void HttpReply::reset() const
{
    if (m_server && m_socket)
        m_server->resetConnection(m_socket);
}

void HttpReply::close() const
{
    if (m_server && m_socket)
        m_server->closeConnection(m_socket);
}

HttpServer::HttpServer(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{}

HttpServer::~HttpServer()
{
    close();
}

Result<quint16> HttpServer::listen(quint16 port, const std::optional<QSslConfiguration>& tls, bool ipv6)
{
    close();
    if (tls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(*tls);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    // QSslServer hands a connection over once its handshake is done (pendingConnectionAvailable), QTcpServer
    // at once (newConnection); draining the queue on both makes the order irrelevant.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &HttpServer::acceptConnections);
    connect(m_server.get(), &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
    const QHostAddress address =
        ipv6 ? QHostAddress(QHostAddress::LocalHostIPv6) : QHostAddress(QHostAddress::LocalHost);
    if (!m_server->listen(address, port)) {
        Error error{QStringLiteral("sandbox.listen"),
                    Texts::tr("The sandbox could not listen on %1 port %2: %3")
                        .arg(address.toString())
                        .arg(port)
                        .arg(m_server->errorString()),
                    m_server->errorString()};
        m_server.reset();
        return error;
    }
    return m_server->serverPort();
}

void HttpServer::close()
{
    if (!m_server)
        return;
    m_server->close();
    const auto sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_server.reset();
}

bool HttpServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void HttpServer::acceptConnections()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket* socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        socket->setParent(this);
        if (m_connections.size() >= kMaxConnections) {
            // Every slot is taken (another local user may be trying to exhaust them): this one is closed at once.
            qCDebug(lcSandbox) << "refusing a connection: already" << m_connections.size();
            socket->abort();
            socket->deleteLater();
            continue;
        }
        Connection connection;
        connection.idle = new QTimer(socket);
        connection.idle->setSingleShot(true);
        connect(connection.idle, &QTimer::timeout, this, [this, socket] {
            const auto it = m_connections.constFind(socket);
            if (it != m_connections.cend() && !it->busy)
                dropConnection(socket);
        });
        connection.idle->start(m_idleTimeoutMs);
        m_connections.insert(socket, connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

void HttpServer::readFrom(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->idle->start(m_idleTimeoutMs);
    it->buffer += socket->read(kMaxBufferedBytes + 1 - it->buffer.size());
    if (it->buffer.size() > kMaxBufferedBytes) {
        // More than one whole request is waiting (for instance behind an answer that is still pending): no
        // answer can be given in order any more, so the connection goes.
        qCDebug(lcSandbox) << "dropping a connection that sent more than" << kMaxBufferedBytes << "bytes ahead";
        dropConnection(socket);
        return;
    }
    if (it->busy)
        return;

    const qsizetype headerEnd = it->buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0 ? it->buffer.size() > kMaxHeaderBytes : headerEnd > kMaxHeaderBytes) {
        fail(socket, 431, "APIG.0201", "Request header fields too large.");
        return;
    }
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = it->buffer.left(headerEnd).split('\n');
    if (lines.size() - 1 > kMaxHeaderCount) {
        fail(socket, 431, "APIG.0201", "Too many request header fields.");
        return;
    }
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        fail(socket, 400, "APIG.0201", "Malformed request line.");
        return;
    }
    HttpRequest request;
    request.method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(socket, 400, "APIG.0201", "Malformed header line.");
            return;
        }
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (request.hasHeader("Transfer-Encoding")) {
        // QNetworkAccessManager sends Content-Length for in-memory bodies; chunked uploads are not needed here.
        fail(socket, 411, "APIG.0201", "Chunked request bodies are not supported; send Content-Length.");
        return;
    }
    const auto lengths = std::count_if(request.headers.cbegin(), request.headers.cend(), [](const auto& header) {
        return header.first.compare("Content-Length", Qt::CaseInsensitive) == 0;
    });
    if (lengths > 1) {
        // Two lengths let two parsers disagree on where the request ends (request smuggling).
        fail(socket, 400, "APIG.0201", "More than one Content-Length header.");
        return;
    }
    bool lengthOk = true;
    const QByteArray lengthText = request.header("Content-Length");
    const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&lengthOk);
    if (!lengthOk || length < 0) {
        fail(socket, 400, "APIG.0201", "Invalid Content-Length.");
        return;
    }
    if (length > kMaxBodyBytes) {
        fail(socket, 413, "APIG.0201", "Request body too large.");
        return;
    }
    if (it->buffer.size() < headerEnd + 4 + length)
        return; // wait for the rest of the body
    request.body = it->buffer.mid(headerEnd + 4, length);
    it->buffer.remove(0, headerEnd + 4 + length);
    it->busy = true;
    it->closeAfter = request.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
    m_handler(request, HttpReply(this, socket));
}

void HttpServer::writeResponse(QTcpSocket* socket, const HttpResponse& response, bool cutOff)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || !it->busy)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += it->closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n";
    if (cutOff) {
        out += response.body.left(response.body.size() / 2);
        socket->write(out);
        m_connections.erase(it);
        socket->disconnectFromHost(); // writes what is buffered, then closes
        return;
    }
    out += response.body;
    socket->write(out);
    it->busy = false;
    if (it->closeAfter) {
        m_connections.erase(it);
        socket->disconnectFromHost();
        return;
    }
    if (!it->buffer.isEmpty()) {
        // A request that arrived while this one was answered; handle it from the event loop, not recursively.
        QTimer::singleShot(0, socket, [this, socket] { readFrom(socket); });
    }
}

void HttpServer::resetConnection(QTcpSocket* socket)
{
    m_connections.remove(socket);
#ifdef Q_OS_UNIX
    // Linger 0 makes close() send RST, as a load balancer that drops a connection does.
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        const linger option{1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
#endif
    socket->abort();
    socket->deleteLater();
}

void HttpServer::dropConnection(QTcpSocket* socket)
{
    m_connections.remove(socket);
    socket->abort();
    socket->deleteLater();
}

void HttpServer::closeConnection(QTcpSocket* socket)
{
    m_connections.remove(socket);
    socket->disconnectFromHost();
}

void HttpServer::fail(QTcpSocket* socket, int status, const QByteArray& code, const QByteArray& message)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    qCDebug(lcSandbox) << "rejecting a malformed request:" << message;
    it->busy = true;
    it->closeAfter = true;
    it->buffer.clear();
    // Requests that never reach the sandbox's routing still get the gateway's error form and a request id.
    const HeaderList headers{{"Content-Type", "application/json"},
                             {"X-Request-Id", QUuid::createUuid().toByteArray(QUuid::Id128)}};
    writeResponse(socket,
                  HttpResponse{status, headers, "{\"error_code\":\"" + code + "\",\"error_msg\":\"" + message + "\"}"});
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace ccm::sandbox
