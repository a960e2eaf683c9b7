namespace Olympics.Orleans;

/// <summary>Marker for grain interfaces. Every method of a grain interface returns <see cref="Task"/> or <see cref="Task{TResult}"/>.</summary>
public interface IGrain;

/// <summary>A grain addressed by a string key, such as an RSC code or an accreditation number.</summary>
public interface IGrainWithStringKey : IGrain;

/// <summary>A grain addressed by a <see cref="Guid"/> key.</summary>
public interface IGrainWithGuidKey : IGrain;
