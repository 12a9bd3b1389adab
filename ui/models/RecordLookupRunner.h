#pragma once

#include "Session.h"
#include "services/RecordLookup.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class QWidget;

namespace hocbaso::ui {

class BackgroundTask;

// Runs 6.3's lookups as the officer types, off the GUI thread. Each request gets a generation
// number, larger than every earlier one; its first page, then its count, come back to the GUI
// thread with it, and the page shows only what is newer than what it shows, so a slow query never
// overwrites the rows of a later one. A request not yet started when a newer one arrives is
// dropped. Up to kLanes queries run at once, each lane a quiet BackgroundTask with its own
// connection (a connection belongs to the thread that opened it), opened with the session's first lookup and
// kept for the next ones: opening one per keystroke would cost more than the query.
class RecordLookupRunner : public QObject
{
    Q_OBJECT
public:
    // Two: a query that is slow (a broad count) does not hold up the next keystroke's.
    static constexpr int kLanes = 2;
    // A count starts when no newer request came this long after its rows: about the time between
    // two keystrokes of a fast typist.
    static constexpr int kCountAfterMs = 60;
    // Test seam: called on the lane's thread before each query.
    using QueryHook = std::function<void(const services::LookupRequest& request)>;

    explicit RecordLookupRunner(QWidget* parent);
    // Waits for the running queries (a page of rows: milliseconds).
    ~RecordLookupRunner() override;

    // Lanes open their connections from this session's spec; null (sign-out) stops them.
    void setSession(Session* session);
    // Runs `request` as the newest lookup and returns its generation. Its rows come with
    // rowsFound(); when their count is not known with them, and no newer request came meanwhile,
    // counted() follows.
    quint64 submit(const services::LookupRequest& request);
    // Makes every submitted request old (nothing queued stays queued) and returns the new
    // generation, for results obtained another way (Enter runs its lookup at once).
    quint64 supersede();
    // Nothing queued, nothing running, nothing waiting to be delivered.
    bool isIdle() const;
    void setQueryHook(QueryHook hook);

Q_SIGNALS:
    void rowsFound(quint64 generation, const services::LookupRequest& request, const services::LookupResult& result);
    void counted(quint64 generation, qint64 total);
    // The service refused the request, or the store failed.
    void failed(quint64 generation, const QString& message);
    // isIdle() became true.
    void idle();

private:
    struct Shared;
    void stopLanes();
    void startLane();
    void delivered();

    std::shared_ptr<Shared> m_shared;
    QList<BackgroundTask*> m_lanes;
    QWidget* m_parentWidget = nullptr;
    Session::WorkerSpec m_spec;
    bool m_hasSession = false;
    int m_active = 0; // requests queued, running, or whose results are still on their way here
};

} // namespace hocbaso::ui
