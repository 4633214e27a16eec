package dev.chit.adapters.persistence.sql;

import io.helidon.common.GenericType;
import io.helidon.common.mapper.MapperManager;
import io.helidon.dbclient.DbColumn;
import io.helidon.dbclient.DbColumnBase;
import io.helidon.dbclient.DbRow;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One row of a {@link RowCursor}: its values, and the result set's column names shared by
 * every row. Helidon's own rows read the result set's metadata again for each row (a lookup
 * of every column's class by name), which is most of an export's time in the database
 * adapter; these read it once per cursor. Columns are read one by one, as {@link Columns}
 * does: mapping a whole row to a type is not offered.
 */
final class CursorRow implements DbRow {

    private final CursorColumns columns;
    private final Object[] values;

    CursorRow(CursorColumns columns, Object[] values) {
        this.columns = columns;
        this.values = values;
    }

    @Override
    public DbColumn column(String name) {
        Integer index = columns.indexes().get(name);
        if (index == null) {
            throw new IllegalArgumentException("no column " + name + " in this row");
        }
        return column(index + 1);
    }

    @Override
    public DbColumn column(int index) {
        if (index < 1 || index > values.length) {
            throw new IndexOutOfBoundsException("no column " + index + " in this row");
        }
        return new Column(values[index - 1], columns.names()[index - 1], columns.types()[index - 1]);
    }

    @Override
    public void forEach(Consumer<? super DbColumn> each) {
        for (int index = 1; index <= values.length; index++) {
            each.accept(column(index));
        }
    }

    @Override
    public <T> T as(Class<T> type) {
        throw new UnsupportedOperationException("a cursor's rows are read column by column, not as " + type.getName());
    }

    @Override
    public <T> T as(GenericType<T> type) {
        throw new UnsupportedOperationException("a cursor's rows are read column by column, not as " + type);
    }

    @Override
    public <T> T as(Function<DbRow, T> mapper) {
        return mapper.apply(this);
    }

    /**
     * A result set's column names (labels, as Helidon names them), JDBC types, which of them
     * are read as timestamps, and each name's index.
     */
    record CursorColumns(String[] names, String[] types, boolean[] timestamps, Map<String, Integer> indexes) {
    }

    private static final class Column extends DbColumnBase {

        // Looked up once: the global manager is found through the service registry at each call.
        private static final MapperManager MAPPERS = MapperManager.global();

        private final String name;
        private final String type;

        Column(Object value, String name, String type) {
            super(value, MAPPERS);
            this.name = name;
            this.type = type;
        }

        @Override
        public Class<?> javaType() {
            return rawValue() == null ? Object.class : rawValue().getClass();
        }

        @Override
        public String dbType() {
            return type;
        }

        @Override
        public String name() {
            return name;
        }
    }
}
