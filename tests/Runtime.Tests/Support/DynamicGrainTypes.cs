using System.Reflection;
using System.Reflection.Emit;

namespace Olympics.Orleans.Runtime.Tests.Support;

/// <summary>
/// Builds invalid grain types in throw-away assemblies, so that registering the test assembly itself stays valid.
/// </summary>
public static class DynamicGrainTypes
{
    private const MethodAttributes InterfaceMethod =
        MethodAttributes.Public | MethodAttributes.Abstract | MethodAttributes.Virtual | MethodAttributes.HideBySig | MethodAttributes.NewSlot;

    /// <summary>IBadGrain : IGrainWithStringKey with <c>int GetValue()</c>.</summary>
    public static Assembly InterfaceWithIntMethod()
    {
        var module = NewModule();
        var type = module.DefineType("Dynamic.IBadGrain", TypeAttributes.Public | TypeAttributes.Interface | TypeAttributes.Abstract);
        type.AddInterfaceImplementation(typeof(IGrainWithStringKey));
        type.DefineMethod("GetValue", InterfaceMethod, typeof(int), Type.EmptyTypes);
        type.CreateType();
        return module.Assembly;
    }

    /// <summary>IDuplicatedGrain implemented by both FirstGrain and SecondGrain.</summary>
    public static Assembly InterfaceWithTwoGrainClasses()
    {
        var module = NewModule();
        var builder = module.DefineType("Dynamic.IDuplicatedGrain", TypeAttributes.Public | TypeAttributes.Interface | TypeAttributes.Abstract);
        builder.AddInterfaceImplementation(typeof(IGrainWithStringKey));
        builder.DefineMethod("Ping", InterfaceMethod, typeof(Task), Type.EmptyTypes);
        var grainInterface = builder.CreateType();
        DefineGrainClass(module, "Dynamic.FirstGrain", grainInterface);
        DefineGrainClass(module, "Dynamic.SecondGrain", grainInterface);
        return module.Assembly;
    }

    private static void DefineGrainClass(ModuleBuilder module, string name, Type grainInterface)
    {
        var type = module.DefineType(name, TypeAttributes.Public | TypeAttributes.Sealed, typeof(Grain), [grainInterface]);
        type.DefineDefaultConstructor(MethodAttributes.Public);
        var ping = type.DefineMethod("Ping", MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.Final | MethodAttributes.HideBySig | MethodAttributes.NewSlot, typeof(Task), Type.EmptyTypes);
        var il = ping.GetILGenerator();
        il.Emit(OpCodes.Call, typeof(Task).GetProperty(nameof(Task.CompletedTask))!.GetMethod!);
        il.Emit(OpCodes.Ret);
        type.DefineMethodOverride(ping, grainInterface.GetMethod("Ping")!);
        type.CreateType();
    }

    private static ModuleBuilder NewModule()
    {
        var name = new AssemblyName($"DynamicGrains{Guid.NewGuid():N}");
        return AssemblyBuilder.DefineDynamicAssembly(name, AssemblyBuilderAccess.Run).DefineDynamicModule(name.Name!);
    }
}
