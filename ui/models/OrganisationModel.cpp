#include "OrganisationModel.h"

#include "core/Statuses.h"
#include "core/VietnameseText.h"

#include <QFont>
#include <QHash>

#include <algorithm>

namespace hocbaso::ui {
namespace {

enum ItemRole
{
    KindRole = Qt::UserRole + 1,
    CodeRole,
    IdRole,
    UnitIdRole,
    ClosedRole,
    FoldedRole, // the name and code folded for the filter
};

QList<QStandardItem*> makeRow(OrganisationModel::NodeKind kind, qint64 id, qint64 unitId, const QString& code,
                              const QString& name, const QString& kindText, bool closed)
{
    auto* nameItem = new QStandardItem(name);
    nameItem->setData(int(kind), KindRole);
    nameItem->setData(code, CodeRole);
    nameItem->setData(id, IdRole);
    nameItem->setData(unitId, UnitIdRole);
    nameItem->setData(closed, ClosedRole);
    nameItem->setData(text::fold(name + QLatin1Char(' ') + code), FoldedRole);
    nameItem->setToolTip(name);
    QList<QStandardItem*> row{nameItem, new QStandardItem(code), new QStandardItem(kindText),
                              new QStandardItem(closed ? OrganisationModel::tr("Closed") : QString())};
    for (QStandardItem* item : row) {
        item->setEditable(false);
        if (closed)
            item->setForeground(QColor(0x80, 0x80, 0x80));
    }
    if (kind == OrganisationModel::NodeKind::Unit) {
        QFont bold = nameItem->font();
        bold.setBold(true);
        nameItem->setFont(bold);
    }
    return row;
}

} // namespace

OrganisationModel::OrganisationModel(QObject* parent) : QStandardItemModel(0, ColumnCount, parent)
{
    retranslate();
}

void OrganisationModel::retranslate()
{
    setHorizontalHeaderLabels({tr("Name"), tr("Code"), tr("Type"), tr("State")});
}

void OrganisationModel::setOrganisation(const QList<services::UnitListing>& units, const QList<School>& schools,
                                        const std::function<bool(qint64 unitId)>& reach)
{
    removeRows(0, rowCount());
    m_unitCount = 0;
    m_schoolCount = 0;

    QHash<qint64, const services::UnitListing*> byId;
    for (const services::UnitListing& u : units)
        byId.insert(u.unit.id, &u);
    // Units by name within their parent, as an organisation chart reads; schools likewise.
    QList<const services::UnitListing*> shown;
    for (const services::UnitListing& u : units) {
        if (reach(u.unit.id))
            shown.append(&u);
    }
    std::sort(shown.begin(), shown.end(), [](const services::UnitListing* a, const services::UnitListing* b) {
        return text::compareText(a->unit.name, b->unit.name) < 0;
    });
    QHash<qint64, QList<QStandardItem*>> rowOf;
    for (const services::UnitListing* u : shown)
        rowOf.insert(u->unit.id, makeRow(NodeKind::Unit, u->unit.id, u->unit.id, u->unit.code, u->unit.name,
                                         label(u->unit.level), u->unit.closedAt.isValid()));
    // Each unit under its nearest shown ancestor: an administrator of a commune sees their commune
    // at the top, not the Sở they cannot administer.
    for (const services::UnitListing* u : shown) {
        QStandardItem* parent = nullptr;
        for (qint64 p = u->unit.parentId; p > 0 && !parent;) {
            if (auto it = rowOf.constFind(p); it != rowOf.cend())
                parent = it->first();
            const services::UnitListing* up = byId.value(p);
            p = up ? up->unit.parentId : 0;
        }
        if (parent)
            parent->appendRow(rowOf.value(u->unit.id));
        else
            appendRow(rowOf.value(u->unit.id));
        ++m_unitCount;
    }

    QList<const School*> sortedSchools;
    sortedSchools.reserve(schools.size());
    for (const School& s : schools) {
        if (rowOf.contains(s.unitId))
            sortedSchools.append(&s);
    }
    std::sort(sortedSchools.begin(), sortedSchools.end(),
              [](const School* a, const School* b) { return text::compareText(a->name, b->name) < 0; });
    for (const School* s : sortedSchools) {
        rowOf.value(s->unitId).first()->appendRow(
            makeRow(NodeKind::School, s->id, s->unitId, s->code, s->name, label(s->ownership), s->closedAt.isValid()));
        ++m_schoolCount;
    }
}

std::optional<OrganisationModel::Node> OrganisationModel::nodeAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return std::nullopt;
    const QModelIndex first = index.siblingAtColumn(NameColumn);
    Node n;
    n.kind = NodeKind(first.data(KindRole).toInt());
    n.code = first.data(CodeRole).toString();
    n.id = first.data(IdRole).toLongLong();
    n.unitId = first.data(UnitIdRole).toLongLong();
    n.closed = first.data(ClosedRole).toBool();
    return n;
}

QModelIndex OrganisationModel::find(NodeKind kind, const QString& code) const
{
    const QModelIndexList hits =
        match(index(0, NameColumn), CodeRole, code, -1, Qt::MatchExactly | Qt::MatchRecursive | Qt::MatchCaseSensitive);
    for (const QModelIndex& i : hits) {
        if (NodeKind(i.data(KindRole).toInt()) == kind)
            return i;
    }
    return {};
}

QModelIndex OrganisationModel::indexOfUnit(const QString& code) const
{
    return find(NodeKind::Unit, code);
}

QModelIndex OrganisationModel::indexOfSchool(const QString& code) const
{
    return find(NodeKind::School, code);
}

OrganisationFilter::OrganisationFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    // A unit that matches shows its schools as well: "xã An Bình" lists the commune's schools.
    setAutoAcceptChildRows(true);
}

void OrganisationFilter::setText(const QString& text)
{
    m_words = text::queryWords(text::fold(text));
    invalidateFilter();
}

bool OrganisationFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString folded = sourceModel()->index(sourceRow, 0, sourceParent).data(FoldedRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString& w) { return folded.contains(w); });
}

} // namespace hocbaso::ui
