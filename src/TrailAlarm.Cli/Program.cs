using TrailAlarm.Cli;

return CliApp.Run(args);
