// kg: the command-line entry point (the only module that reads process.argv or exits).
console.log('kg: under construction');
