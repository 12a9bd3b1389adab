#pragma once

#include "core/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>

#include <optional>

namespace hocbaso::ui {

// A table whose rows carry a tick box in one column, keyed by the row's id, for the pages that
// decide on ticked rows (6.1, 6.5). Subclasses hold the rows and say which may be ticked; ticks
// live here, keyed by id, so that they outlive the rows on screen.
//
// The list is either complete (every row given at once) or keyset-paged: the first page comes
// with a refresh and the next ones through canFetchMore()/fetchMore() as the view scrolls (the
// subclass reads them after its last row). Then a tick may belong to a row not read yet: ticking
// every row reads the ids of every tickable row of the filter from the service (ids, never the
// rows), and the count of tickable rows comes from the service's counts. Each tick keeps a tag
// (the subclass's choice, e.g. the row's status) so that ticks can be split by it without rows.
class CheckableTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Tick ids with their tags, in the list's order.
    using TaggedIds = QList<QPair<qint64, int>>;

    bool isCheckable(int row) const;
    void setChecked(int row, bool checked);
    // Ticks or unticks every row that can be ticked, read or not: ticking every row of a paged list
    // reads the ids of the rows not read yet. Fails (nothing changes) when they cannot be read.
    Status setAllChecked(bool checked);
    // The ticked ids: those of the rows read, in the table's order, then the others by id.
    QList<qint64> checkedIds() const;
    bool isChecked(qint64 id) const { return m_checked.contains(id); }
    int checkedCount() const { return int(m_checked.size()); }
    // Rows of the list (read or not) that can be ticked.
    int checkableCount() const { return m_checkable; }

    // Every row of the list has been read.
    bool isComplete() const { return m_complete; }
    // Rows per page of a paged list (tests lower it to page through a small store).
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }

    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void checkedChanged();
    // A later page could not be read (the store went away): the list stops where it is.
    void fetchFailed(const QString& message);

protected:
    CheckableTableModel(int checkColumn, int pageSize, QObject* parent);

    // The id of a row (0 <= row < rowCount()), whether it may be ticked now, and the tag its tick
    // keeps.
    virtual qint64 idAt(int row) const = 0;
    virtual bool canCheck(int row) const = 0;
    virtual int tagAt(int /*row*/) const { return 0; }
    // Paged lists: reads the page after the last row and appends it between beginAppend() and
    // endAppend(), calling setComplete() when it was the last one.
    virtual Status fetchNextPage() { return {}; }
    // Paged lists: the ids and tags of every row of the list that can be ticked.
    virtual Result<TaggedIds> fetchCheckableIds() { return TaggedIds(); }

    // Between beginResetModel() and endResetModel(): the ticks before the rows changed, and after
    // them the ticks kept: ids still listed and tickable. A complete list knows from its rows; a
    // paged one is told how many rows can be ticked and asks fetchCheckableIds() only when some
    // ticks are to be kept. Emit checkedChanged() after the reset.
    QHash<qint64, int> takeChecks();
    void keepChecks(const QHash<qint64, int>& previous);
    void keepChecks(const QHash<qint64, int>& previous, qint64 checkable);
    // Rows appended by fetchNextPage(): count of rows to come, then after they are stored.
    void beginAppend(int count);
    void endAppend();
    // beginResetModel() and endResetModel() for subclasses: views (and the model tester) asking
    // for more while they hear of a reset or an insert wait until it is over.
    void beginReset();
    void endReset();
    void setComplete(bool complete) { m_complete = complete; }
    // The ticked ids with this tag: the rows read in the table's order, then the others by id.
    QList<qint64> checkedIdsTagged(std::optional<int> tag) const;
    // Qt::CheckStateRole of a row, for data().
    QVariant checkState(int row) const;

private:
    int m_checkColumn;
    int m_pageSize;
    QHash<qint64, int> m_checked; // id -> tag
    int m_checkable = 0;
    bool m_complete = true;
    bool m_announcing = false; // between begin and end of a reset or an insert
    int m_appendFrom = -1;
};

} // namespace hocbaso::ui
