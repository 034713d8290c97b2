#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace ccm::sandbox {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

/// One HTTP/1.1 request as it arrived: the raw target (still percent-encoded), headers in order, the exact body.
struct HttpRequest
{
    QByteArray method;
    QByteArray path;  ///< raw path of the request target, percent-encoded as sent
    QByteArray query; ///< raw query without '?', percent-encoded as sent
    HeaderList headers;
    QByteArray body;

    /// The first header of that name (case-insensitive), value trimmed; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

/// An answer to one request; Content-Length and Connection are added by the server.
struct HttpResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
};

class HttpServer;

/// The way back to the client of one request: answer it (now or later) or drop the connection.
class HttpReply
{
public:
    HttpReply() = default;
    HttpReply(HttpServer* server, QTcpSocket* socket);

    /// Writes the response; nothing happens when the client has gone.
    void send(const HttpResponse& response) const;
    /// Closes the connection without an answer (TCP reset where the platform allows it).
    void reset() const;
    /// Closes the connection without an answer, orderly (FIN): the client sees the server hang up.
    void close() const;
    /// Sends the status line, the headers and half of the body, then closes the connection: the answer is lost
    /// in the middle.
    void cutOff(const HttpResponse& response) const;

private:
    QPointer<HttpServer> m_server;
    QPointer<QTcpSocket> m_socket;
};

/// A small HTTP/1.1 server on QTcpServer (or QSslServer): one request at a time per connection, keep-alive,
/// Content-Length bodies only. Written for the sandbox rather than using QHttpServer because fault injection
/// needs full control of the connection: answering late, answering garbage, and resetting it after the body.
///
/// It listens on loopback, where every local user can reach it, so everything a client can make it hold is capped:
/// header size and count (431), the body (413 from its Content-Length, before reading it), what a connection may
/// buffer while its answer is pending, the number of connections and the idle time of each.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const HttpRequest&, HttpReply)>;
    static constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
    static constexpr int kMaxHeaderCount = 64;
    /// Far above any valid import body (about 30 KB of JSON), far below the gateway's 12 MB.
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;
    /// What one connection may hold unread: one whole request (pipelined ones wait behind a pending answer).
    static constexpr qsizetype kMaxBufferedBytes = kMaxHeaderBytes + kMaxBodyBytes;
    static constexpr int kMaxConnections = 32;
    static constexpr int kDefaultIdleTimeoutMs = 30000;

    explicit HttpServer(Handler handler, QObject* parent = nullptr);
    ~HttpServer() override;

    /// Listens on 127.0.0.1 (or ::1 with `ipv6`) only; port 0 picks a free one. With tls set, every connection is
    /// HTTPS.
    Result<quint16> listen(quint16 port, const std::optional<QSslConfiguration>& tls, bool ipv6 = false);
    void close();
    bool isListening() const;
    quint16 port() const;
    /// A connection that sends nothing for this long while no answer is pending is closed.
    void setIdleTimeout(int milliseconds) { m_idleTimeoutMs = milliseconds; }

private:
    friend class HttpReply;
    struct Connection
    {
        QByteArray buffer;
        bool busy = false;       ///< a request is being answered; later bytes wait in the buffer
        bool closeAfter = false; ///< the client asked for Connection: close
        QTimer* idle = nullptr;  ///< closes the connection when it stays silent
    };

    void acceptConnections();
    void readFrom(QTcpSocket* socket);
    void writeResponse(QTcpSocket* socket, const HttpResponse& response, bool cutOff = false);
    void resetConnection(QTcpSocket* socket);
    void closeConnection(QTcpSocket* socket);
    void fail(QTcpSocket* socket, int status, const QByteArray& code, const QByteArray& message);

    void dropConnection(QTcpSocket* socket);

    Handler m_handler;
    std::unique_ptr<QTcpServer> m_server;
    QHash<QTcpSocket*, Connection> m_connections;
    int m_idleTimeoutMs = kDefaultIdleTimeoutMs;
};

/// The reason phrase of an HTTP status code ("OK", "Not Found", ...).
QByteArray reasonPhrase(int status);

} // namespace ccm::sandbox
