#include "LoopbackHttpServer.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace hocbaso::test {

LoopbackHttpServer::LoopbackHttpServer(Handler handler, QObject* parent)
    : QObject(parent), m_handler(std::move(handler)), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection())
            serve(socket);
    });
    m_server->listen(QHostAddress::LocalHost, 0);
}

LoopbackHttpServer::~LoopbackHttpServer() = default;

bool LoopbackHttpServer::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl LoopbackHttpServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void LoopbackHttpServer::close()
{
    m_server->close();
    for (QTcpSocket* s : findChildren<QTcpSocket*>())
        s->abort();
}

void LoopbackHttpServer::serve(QTcpSocket* socket)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        QByteArray& buffer = m_pending[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        m_pending.remove(socket);
        m_requests.append(request);
        answer(socket, request);
    });
}

void LoopbackHttpServer::answer(QTcpSocket* socket, const Request& request)
{
    const Response r = m_handler(request);
    switch (r.behaviour) {
    case Response::Behaviour::Silent:
        return;
    case Response::Behaviour::CloseAtOnce:
        socket->abort();
        return;
    case Response::Behaviour::Answer:
    case Response::Behaviour::Drip:
        break;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + " " + (r.status < 400 ? "OK" : "Error") + "\r\n";
    for (const auto& [name, value] : r.headers)
        head += name + ": " + value + "\r\n";
    if (r.sendContentLength)
        head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    if (r.behaviour == Response::Behaviour::Answer) {
        socket->write(head + r.body);
        socket->disconnectFromHost();
        return;
    }
    socket->write(head);
    // One byte at a time, for as long as the client listens.
    auto* timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    const QByteArray body = r.body;
    QPointer<QTcpSocket> guarded(socket);
    connect(timer, &QTimer::timeout, socket, [guarded, timer, sent, body] {
        if (!guarded || *sent >= body.size()) {
            timer->stop();
            if (guarded)
                guarded->disconnectFromHost();
            return;
        }
        guarded->write(body.mid(*sent, 1));
        ++*sent;
    });
    timer->start(r.dripIntervalMs);
}

} // namespace hocbaso::test
