#include "RecordLookupRunner.h"

#include "widgets/BackgroundTask.h"
#include "workspace/WorkerInterrupt.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QWaitCondition>
#include <QWidget>

#include <optional>
#include <utility>

namespace hocbaso::ui {

struct RecordLookupRunner::Shared
{
    struct Job
    {
        quint64 generation = 0;
        services::LookupRequest request;
    };
    QMutex mutex;
    QWaitCondition wake;
    // What a lane counts, so that a newer request can stop it: a broad count takes a core for a
    // second or more, and an old one is worth nothing.
    struct Lane
    {
        quint64 counting = 0; // the generation being counted, 0 when none
        bool interrupted = false;
        std::function<void()> interrupt;
    };
    QList<std::shared_ptr<Lane>> lanes;
    std::optional<Job> pending; // the newest request no lane has taken yet
    int waiting = 0;            // lanes waiting for a request
    QueryHook hook;
    quint64 latest = 0; // the newest generation given
};

RecordLookupRunner::RecordLookupRunner(QWidget* parent)
    : QObject(parent), m_shared(std::make_shared<Shared>()), m_parentWidget(parent)
{}

RecordLookupRunner::~RecordLookupRunner()
{
    stopLanes();
}

void RecordLookupRunner::setSession(Session* session)
{
    stopLanes();
    supersede();
    m_spec = session ? session->workerSpec() : Session::WorkerSpec{};
    m_hasSession = session != nullptr;
}

void RecordLookupRunner::stopLanes()
{
    for (BackgroundTask* lane : std::as_const(m_lanes))
        lane->cancel();
    {
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->pending) {
            m_shared->pending.reset();
            --m_active;
        }
        m_shared->wake.wakeAll();
    }
    // Each waits for its lane's current query; what it found is still delivered, and dropped as old.
    qDeleteAll(m_lanes);
    m_lanes.clear();
}

quint64 RecordLookupRunner::supersede()
{
    QMutexLocker lock(&m_shared->mutex);
    if (m_shared->pending) {
        m_shared->pending.reset();
        --m_active;
    }
    m_shared->wake.wakeAll();
    return ++m_shared->latest;
}

quint64 RecordLookupRunner::submit(const services::LookupRequest& request)
{
    if (!m_hasSession)
        return supersede();
    bool needLane = false;
    quint64 generation = 0;
    {
        QMutexLocker lock(&m_shared->mutex);
        generation = ++m_shared->latest;
        // An older request still waiting for a lane is not worth running any more.
        if (m_shared->pending)
            --m_active;
        m_shared->pending = Shared::Job{generation, request};
        ++m_active;
        needLane = m_lanes.size() < kLanes;
        for (const std::shared_ptr<Shared::Lane>& lane : std::as_const(m_shared->lanes)) {
            if (lane->counting != 0) {
                lane->interrupt();
                lane->interrupted = true;
            }
        }
        // wakeAll: a lane waiting to count learns that its request is old.
        m_shared->wake.wakeAll();
    }
    // Every lane starts with the first request: the second one's connection is then open when a
    // keystroke comes while the first lane is busy (opening one takes longer than a query).
    if (needLane) {
        while (m_lanes.size() < kLanes)
            startLane();
    }
    return generation;
}

bool RecordLookupRunner::isIdle() const
{
    return m_active == 0;
}

void RecordLookupRunner::setQueryHook(QueryHook hook)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->hook = std::move(hook);
}

void RecordLookupRunner::startLane()
{
    const std::shared_ptr<Shared> shared = m_shared;
    const Session::WorkerSpec spec = m_spec;
    RecordLookupRunner* runner = this;
    // Posted to the runner's (GUI) thread; dropped by Qt if the runner is gone by then, which it
    // cannot be while a lane runs (the destructor waits for them).
    auto post = [runner](auto call) { QMetaObject::invokeMethod(runner, std::move(call), Qt::QueuedConnection); };
    auto work = [shared, spec, runner, post](BackgroundTask& task) {
        // Opened as the lane starts, while the officer types the first letters.
        std::optional<Session::Worker> worker;
        QString openError;
        if (auto opened = Session::openWorker(spec))
            worker = std::move(opened).value();
        else
            openError = opened.errorString();
        auto me = std::make_shared<Shared::Lane>();
        me->interrupt = worker ? workspace::interrupterOf(*worker) : std::function<void()>([] {});
        {
            QMutexLocker lock(&shared->mutex);
            shared->lanes.append(me);
        }
        // Unlisted before the connection closes: nobody interrupts a connection that is gone.
        struct Unlist
        {
            Shared& shared;
            std::shared_ptr<Shared::Lane> me;
            ~Unlist()
            {
                QMutexLocker lock(&shared.mutex);
                shared.lanes.removeOne(me);
            }
        } unlist{*shared, me};
        // A stop that came just after a count had ended may hit the next statement instead.
        bool strayStop = false;
        for (;;) {
            Shared::Job job;
            QueryHook hook;
            {
                QMutexLocker lock(&shared->mutex);
                ++shared->waiting;
                while (!shared->pending && !task.isCancelled())
                    shared->wake.wait(&shared->mutex);
                --shared->waiting;
                if (task.isCancelled())
                    return;
                job = std::move(*shared->pending);
                shared->pending.reset();
                hook = shared->hook;
            }
            const quint64 generation = job.generation;
            if (!worker) {
                post([runner, generation, openError] {
                    Q_EMIT runner->failed(generation, openError);
                    runner->delivered();
                });
                continue;
            }
            if (hook)
                hook(job.request);
            services::RecordLookup lookup(*worker->context);
            // The rows first, the count after them (when it is not free).
            services::LookupRequest rowsOnly = job.request;
            rowsOnly.withTotal = false;
            auto found = lookup.find(rowsOnly);
            if (!found && std::exchange(strayStop, false))
                found = lookup.find(rowsOnly);
            if (!found) {
                post([runner, generation, message = found.errorString()] {
                    Q_EMIT runner->failed(generation, message);
                    runner->delivered();
                });
                continue;
            }
            const bool count = found->total < 0 && job.request.withTotal;
            post([runner, generation, request = job.request, result = std::move(found).value()] {
                Q_EMIT runner->rowsFound(generation, request, result);
            });
            // Counting a broad query costs more than its first page, and on 2 cores it takes the
            // time of the next keystroke's query: it waits for a pause in the typing first.
            bool newest = false;
            if (count) {
                QMutexLocker lock(&shared->mutex);
                QDeadlineTimer pause(kCountAfterMs);
                while (generation == shared->latest && !task.isCancelled() && !pause.hasExpired())
                    shared->wake.wait(&shared->mutex, pause);
                newest = generation == shared->latest && !task.isCancelled();
                if (newest) {
                    me->counting = generation;
                    me->interrupted = false;
                }
            }
            if (newest) {
                auto total = lookup.count(job.request);
                bool stopped = false;
                {
                    QMutexLocker lock(&shared->mutex);
                    me->counting = 0;
                    stopped = me->interrupted;
                }
                strayStop = stopped && total;
                if (total)
                    post([runner, generation, n = *total] { Q_EMIT runner->counted(generation, n); });
                else if (!stopped)
                    post([runner, generation, message = total.errorString()] {
                        Q_EMIT runner->failed(generation, message);
                    });
            }
            post([runner] { runner->delivered(); });
        }
    };
    auto* lane = new BackgroundTask(m_parentWidget, QString(), QString(), work, BackgroundTask::Display::Quiet);
    m_lanes.append(lane);
    lane->start();
}

void RecordLookupRunner::delivered()
{
    if (--m_active == 0)
        Q_EMIT idle();
}

} // namespace hocbaso::ui
