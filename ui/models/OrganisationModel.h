#pragma once

#include "services/UnitAdmin.h"

#include <QSortFilterProxyModel>
#include <QStandardItemModel>

#include <optional>

namespace hocbaso::ui {

// The organisation as a tree for the "Units and schools" window: the units the signed-in
// administrator works on, each with the units below it and then its own schools. A province has
// about a hundred units and a few thousand schools, so the whole tree is held and rebuilt on refresh.
class OrganisationModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        CodeColumn,
        KindColumn,
        StateColumn,
        ColumnCount
    };
    enum class NodeKind
    {
        Unit,
        School
    };
    // What a row stands for.
    struct Node
    {
        NodeKind kind = NodeKind::Unit;
        QString code;
        qint64 id = 0;
        qint64 unitId = 0; // a school's unit; a unit's own id
        bool closed = false;
    };

    explicit OrganisationModel(QObject* parent = nullptr);

    // `reach` says which units are shown: those it accepts, under their nearest shown ancestor
    // (at the top when none is shown).
    void setOrganisation(const QList<services::UnitListing>& units, const QList<School>& schools,
                         const std::function<bool(qint64 unitId)>& reach);
    std::optional<Node> nodeAt(const QModelIndex& index) const;
    QModelIndex indexOfUnit(const QString& code) const;
    QModelIndex indexOfSchool(const QString& code) const;
    int unitCount() const { return m_unitCount; }
    int schoolCount() const { return m_schoolCount; }

    // The column titles in the user's language (after a language change too).
    void retranslate();

private:
    QModelIndex find(NodeKind kind, const QString& code) const;

    int m_unitCount = 0;
    int m_schoolCount = 0;
};

// Filters the tree by a name or code typed without regard to case or accents ("truong an" finds
// "Trường Tiểu học An Bình"); a unit stays when something below it matches.
class OrganisationFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OrganisationFilter(QObject* parent = nullptr);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace hocbaso::ui
