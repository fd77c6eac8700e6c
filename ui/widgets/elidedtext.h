// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

class QAbstractItemView;

namespace ui {

/**
 * Long cell texts of @p view (build strings, file names, paths, job titles) are cut in the middle,
 * where they differ least often ("py311h5eee…_0", not "py311h5eee18b…"), and a cell whose text is
 * cut shows the whole of it on hover when the model has no tooltip of its own.
 */
void elideInTheMiddle(QAbstractItemView *view);

} // namespace ui
