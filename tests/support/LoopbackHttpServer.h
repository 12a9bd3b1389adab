#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace hocbaso::test {

// A small HTTP/1.1 server on 127.0.0.1 for the revocation fetch tests: each request gets the
// answer its handler gives, including the ways real servers fail (silence, a byte at a time,
// a connection closed without an answer). It runs on the test's thread: the fetcher under test
// waits in its own event loop, which serves this server's sockets as well.
class LoopbackHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names lower-case
        QByteArray body;
    };
    struct Response
    {
        enum class Behaviour
        {
            Answer,      // status, headers, body, then close
            Silent,      // read the request, never answer
            Drip,        // headers, then one byte of the body every dripIntervalMs
            CloseAtOnce, // close the connection without an answer
        };
        Behaviour behaviour = Behaviour::Answer;
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool sendContentLength = true;
        int dripIntervalMs = 100;
    };
    using Handler = std::function<Response(const Request&)>;

    explicit LoopbackHttpServer(Handler handler, QObject* parent = nullptr);
    ~LoopbackHttpServer() override;

    bool isListening() const;
    quint16 port() const;
    QUrl url(const QString& path) const;
    const QList<Request>& requests() const { return m_requests; }
    // Stops accepting and drops open connections (a server that went away).
    void close();

private:
    void serve(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const Request& request);

    Handler m_handler;
    QTcpServer* m_server = nullptr;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_pending;
};

} // namespace hocbaso::test
