using System.Data.Common;

namespace Platform.BuildingBlocks.Persistence;

/// One command run for many rows with new values in a transaction. Microsoft.Data.Sqlite keeps a command's compiled
/// statement between executions, so a batch of thousands of rows has its SQL parsed once instead of per row (parsing an
/// insert costs more than running it). Values go by position in the order of the parameter names given; null becomes
/// DBNull.
public sealed class RepeatedStatement : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;

    public RepeatedStatement(DbConnection connection, DbTransaction transaction, string sql, params string[] parameterNames)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        _parameters = new DbParameter[parameterNames.Length];
        for (var i = 0; i < parameterNames.Length; i++)
        {
            var p = _command.CreateParameter();
            p.ParameterName = parameterNames[i];
            p.Value = DBNull.Value;
            _command.Parameters.Add(p);
            _parameters[i] = p;
        }
    }

    /// Runs the statement with these values (one per parameter, in order); the number of rows it changed.
    public async Task<int> ExecuteAsync(CancellationToken ct, params object?[] values)
    {
        Bind(values);
        return await _command.ExecuteNonQueryAsync(ct);
    }

    /// Runs the statement with these values and returns the first column of its first row (null when none).
    public async Task<object?> ScalarAsync(CancellationToken ct, params object?[] values)
    {
        Bind(values);
        var result = await _command.ExecuteScalarAsync(ct);
        return result is DBNull ? null : result;
    }

    private void Bind(object?[] values)
    {
        if (values.Length != _parameters.Length)
            throw new ArgumentException($"{_parameters.Length} values expected, {values.Length} given", nameof(values));
        for (var i = 0; i < values.Length; i++) _parameters[i].Value = values[i] ?? DBNull.Value;
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
